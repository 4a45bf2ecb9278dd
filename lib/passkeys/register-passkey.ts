import "server-only";
import { verifyRegistrationResponse, type VerifiedRegistrationResponse } from "@simplewebauthn/server";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { sessionOwner } from "@/lib/auth/sessions/session-owner";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { consumeChallenge } from "./challenges";
import { passkeyDto, type PasskeyDto } from "./list-passkeys";
import { assertPasskeyNameFree } from "./passkey-name";
import { relyingParty } from "./relying-party";
import { registerPasskeySchema, type RegisterPasskeyInput } from "./schemas";

const UNVERIFIED = "This passkey could not be verified. Try adding it again.";

async function verified(
  response: Parameters<typeof verifyRegistrationResponse>[0]["response"],
  expectedChallenge: string,
): Promise<Extract<VerifiedRegistrationResponse, { verified: true }>["registrationInfo"]> {
  const rp = relyingParty();
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      // Asked as "preferred": an authenticator without PIN or biometrics still proves possession.
      requireUserVerification: false,
    });
    if (result.verified) return result.registrationInfo;
  } catch {
    // A malformed or forged answer: the same refusal as an unverified one.
  }
  throw new AppError("INVALID", UNVERIFIED);
}

/**
 * Saves the passkey the browser created for the challenge `passkeyRegistrationOptions` issued.
 * The name is checked before the challenge is used, so a name to fix costs no new prompt.
 */
export async function registerPasskey(actor: Actor, input: RegisterPasskeyInput): Promise<PasskeyDto> {
  const userId = sessionOwner(actor);
  const { challengeId, name, response } = registerPasskeySchema.parse(input);
  await assertPasskeyNameFree(db(), userId, name);
  const challenge = await consumeChallenge(userId, "register", challengeId);
  if (!challenge) throw new AppError("INVALID", "This passkey prompt has expired. Add the passkey again.");
  const { credential } = await verified(response, challenge);
  try {
    return await db().$transaction(async (tx) => {
      await assertPasskeyNameFree(tx, userId, name);
      const row = await tx.passkey.create({
        data: {
          userId,
          name,
          credentialId: credential.id,
          publicKey: Buffer.from(credential.publicKey),
          counter: BigInt(credential.counter),
          transports: credential.transports ?? [],
        },
      });
      await recordAudit(tx, actor, {
        action: "account.passkey-add",
        targetType: "passkey",
        targetId: row.id,
        metadata: { name },
      });
      return passkeyDto(row);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "This passkey is already registered with Keyward.");
    throw error;
  }
}
