import "server-only";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";

/** Sessions are managed from a signed-in browser only: never with an API token or key. */
export function sessionOwner(actor: Actor): string {
  if (actor.principal.kind !== "session" || !actor.userId) {
    throw new AppError("FORBIDDEN", "Only a signed-in person can manage their sessions.");
  }
  return actor.userId;
}
