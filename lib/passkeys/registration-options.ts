import "server-only";
import {
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
} from "@simplewebauthn/server";
import type { Actor } from "@/lib/actor";
import { sessionOwner } from "@/lib/auth/sessions/session-owner";
import { db } from "@/lib/db";
import { CHALLENGE_LIFETIME_MS, saveChallenge } from "./challenges";
import { assertPasskeyNameFree } from "./passkey-name";
import { relyingParty } from "./relying-party";
import { passkeyOptionsSchema, type PasskeyOptionsInput } from "./schemas";
import { credentialDescriptor } from "./stored-credential";

export type PasskeyRegistrationOptions = {
  challengeId: string;
  options: PublicKeyCredentialCreationOptionsJSON;
};

/**
 * What the browser needs to create a passkey for this person; its challenge is stored. The name
 * is checked here too, so a taken one is refused before the browser prompts.
 */
export async function passkeyRegistrationOptions(
  actor: Actor,
  input: PasskeyOptionsInput,
  now = new Date(),
): Promise<PasskeyRegistrationOptions> {
  const userId = sessionOwner(actor);
  const { name } = passkeyOptionsSchema.parse(input);
  await assertPasskeyNameFree(db(), userId, name);
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, passkeys: { select: { credentialId: true, transports: true } } },
  });
  const rp = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    // The user handle is the account id (no personal data), so an authenticator keeps one
    // Keyward credential per account.
    userID: new TextEncoder().encode(userId),
    userName: user.email,
    userDisplayName: user.name,
    timeout: CHALLENGE_LIFETIME_MS,
    attestationType: "none",
    // The same authenticator twice would be one factor under two names.
    excludeCredentials: user.passkeys.map(credentialDescriptor),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  const challengeId = await saveChallenge(userId, "register", options.challenge, now);
  return { challengeId, options };
}
