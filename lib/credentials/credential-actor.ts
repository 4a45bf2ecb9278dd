import "server-only";
import type { Actor, RequestInfo } from "@/lib/actor";
import type { VerifiedCredential } from "./verify";

/**
 * The actor a verified bearer secret acts as. The audit trail records the display form, never
 * the secret; the principal carries no role, because the role is read again on every request.
 */
export function credentialActor(credential: VerifiedCredential, request: RequestInfo): Actor {
  return {
    principal: credential.principal,
    userId: credential.userId,
    credential: credential.displayKey,
    request,
    roleAt: credential.roleAt,
  };
}
