import "server-only";
import type { RequestInfo } from "@/lib/actor";
import { verifyPasskeyAssertion } from "@/lib/passkeys/verify-passkey-assertion";
import { acceptTotpCode } from "./accept-totp-code";
import { redeemRecoveryCode } from "./redeem-recovery-code";
import { totpCodeFrom } from "./totp";

export type SecondFactorProof =
  | { method: "totp"; code: string }
  | { method: "recovery"; code: string }
  | { method: "passkey"; challengeId: string; response: unknown };

/** A typed code as its proof: six digits come from the app, anything else is a recovery code. */
export function codeProof(code: string): SecondFactorProof {
  return totpCodeFrom(code) === null ? { method: "recovery", code } : { method: "totp", code };
}

/**
 * Whether the proof is good for this person right now; a good one is used up (a TOTP step, a
 * recovery code, a passkey challenge). A wrong proof answers false, never throws.
 */
export async function verifySecondFactor(
  userId: string,
  proof: SecondFactorProof,
  request: RequestInfo,
): Promise<boolean> {
  switch (proof.method) {
    case "totp":
      return acceptTotpCode(userId, proof.code);
    case "recovery":
      return redeemRecoveryCode(userId, proof.code, request);
    case "passkey":
      return verifyPasskeyAssertion(userId, proof.challengeId, proof.response);
  }
}
