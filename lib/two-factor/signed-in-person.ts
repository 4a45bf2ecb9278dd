import "server-only";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { requireAccountAccess } from "@/lib/websites/website-access";

/**
 * The account's guard, narrowed to a person in a dashboard session: an API token may change
 * some account settings, never what protects sign-in.
 */
export function signedInPerson(actor: Actor): string {
  const userId = requireAccountAccess(actor, "account.write");
  if (actor.principal.kind !== "session")
    throw new AppError("FORBIDDEN", "Only a signed-in person can change their two-factor authentication.", {
      refused: { operation: "account.write", websiteId: null },
    });
  return userId;
}
