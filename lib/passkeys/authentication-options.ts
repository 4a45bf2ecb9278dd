import "server-only";
import {
  generateAuthenticationOptions,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import type { Actor } from "@/lib/actor";
import { sessionOwner } from "@/lib/auth/sessions/session-owner";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CHALLENGE_LIFETIME_MS, saveChallenge } from "./challenges";
import { relyingParty } from "./relying-party";
import { credentialDescriptor } from "./stored-credential";

/**
 * What the browser needs to prove this person holds one of their passkeys (a second factor or
 * sudo: the person is already known, so only their credentials are allowed).
 */
export async function passkeyAuthenticationOptions(
  userId: string,
  now = new Date(),
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const passkeys = await db().passkey.findMany({
    where: { userId },
    select: { credentialId: true, transports: true },
  });
  if (passkeys.length === 0) throw new AppError("INVALID", "You have no passkey on this account.");
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    allowCredentials: passkeys.map(credentialDescriptor),
    timeout: CHALLENGE_LIFETIME_MS,
    userVerification: "preferred",
  });
  const challengeId = await saveChallenge(userId, "authenticate", options.challenge, now);
  return { challengeId, options };
}

/** The same for the person signed in to this session (sudo mode's "Use a passkey"). */
export function sessionPasskeyChallenge(actor: Actor) {
  return passkeyAuthenticationOptions(sessionOwner(actor));
}
