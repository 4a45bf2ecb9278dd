import "server-only";
import { randomBytes } from "node:crypto";

/** The public tracking id embedded in a website's pages: not a secret, just unguessable. */
export function newTrackingId(): string {
  return `dfid_${randomBytes(12).toString("base64url")}`;
}
