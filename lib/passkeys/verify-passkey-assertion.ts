import "server-only";
import { verifyAuthenticationResponse } from "@simplewebauthn/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { consumeChallenge } from "./challenges";
import { relyingParty } from "./relying-party";
import { authenticationResponseSchema } from "./schemas";
import { storedCredential } from "./stored-credential";

const challengeIdSchema = z.uuid();

/**
 * Whether `response` proves this person holds one of their passkeys, for the challenge
 * `challengeId` (used up either way). Never throws for a bad answer: false, like a wrong code.
 */
export async function verifyPasskeyAssertion(
  userId: string,
  challengeId: unknown,
  response: unknown,
  now = new Date(),
): Promise<boolean> {
  const id = challengeIdSchema.safeParse(challengeId);
  if (!id.success) return false;
  const challenge = await consumeChallenge(userId, "authenticate", id.data, now);
  const answer = authenticationResponseSchema.safeParse(response);
  if (!challenge || !answer.success) return false;
  // Looked up with the person: a credential of someone else (or a removed one) proves nothing.
  const passkey = await db().passkey.findFirst({ where: { credentialId: answer.data.id, userId } });
  if (!passkey) return false;
  const rp = relyingParty();
  let newCounter: number;
  try {
    const result = await verifyAuthenticationResponse({
      response: answer.data,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: storedCredential(passkey),
      requireUserVerification: false,
    });
    if (!result.verified) return false;
    newCounter = result.authenticationInfo.newCounter;
  } catch {
    // A malformed or forged signature, or a counter that went backwards (a cloned authenticator).
    return false;
  }
  await db().passkey.update({
    where: { id: passkey.id },
    data: { counter: BigInt(newCounter), lastUsedAt: now },
  });
  return true;
}
