import "server-only";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";

/** The person acting through a dashboard session: tokens never manage second factors. */
export function signedInPerson(actor: Actor): string {
  if (actor.principal.kind !== "session" || !actor.userId)
    throw new AppError("FORBIDDEN", "Only a signed-in person can change their two-factor authentication.");
  return actor.userId;
}
