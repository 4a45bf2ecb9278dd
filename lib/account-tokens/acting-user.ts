import "server-only";
import { authorize, type Operation } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";

/**
 * Authorizes an act on the actor's own account (its tokens, its activity) and returns whose it is.
 * lib/access decides (sessions pass; tokens need api-keys:read/write; website keys are refused).
 */
export function actingUser(
  actor: Actor,
  op: Extract<Operation, "tokens.read" | "tokens.write" | "account.read">,
): string {
  const decision = authorize(actor.principal, op, {});
  if (!decision.ok)
    throw new AppError("FORBIDDEN", decision.message, { refused: { operation: op, websiteId: null } });
  const principal = actor.principal;
  // Unreachable after authorize (keys are refused account routes), but it narrows the type and
  // refuses an actor whose audit identity disagrees with the principal that was authorized.
  if (principal.kind === "website-key" || principal.userId !== actor.userId) {
    throw new AppError("FORBIDDEN", "You are not allowed to do this.");
  }
  return principal.userId;
}
