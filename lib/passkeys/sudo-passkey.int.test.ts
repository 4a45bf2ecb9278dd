import { describe, expect, it } from "vitest";
import { startSession } from "@/lib/auth/sessions/start-session";
import { reauthenticate } from "@/lib/auth/sudo/reauthenticate";
import { db } from "@/lib/db";
import { asSession, makePerson, TEST_REQUEST } from "@/test/factories";
import { SoftAuthenticator } from "@/test/soft-authenticator";
import { sessionPasskeyChallenge } from "./authentication-options";
import { registerPasskey } from "./register-passkey";
import { passkeyRegistrationOptions } from "./registration-options";
import { relyingParty } from "./relying-party";
import { removePasskey } from "./remove-passkey";

// Sudo mode with a passkey: the session's person signs a challenge instead of typing the password.

const LONG_AGO = new Date("2026-01-01T00:00:00Z");

async function sessionWithPasskey(name = "Laptop") {
  const user = await makePerson();
  const sessionId = await startSession(user.id, TEST_REQUEST);
  await db().session.update({ where: { id: sessionId }, data: { authenticatedAt: LONG_AGO } });
  const actor = { ...asSession(user.id), sessionId };
  const authenticator = new SoftAuthenticator(relyingParty().origin);
  const { challengeId, options } = await passkeyRegistrationOptions(actor, { name });
  const passkey = await registerPasskey(actor, {
    challengeId,
    name,
    response: authenticator.register(options),
  });
  return { user, actor, sessionId, authenticator, passkey };
}

async function authenticatedAt(sessionId: string) {
  return (await db().session.findUniqueOrThrow({ where: { id: sessionId } })).authenticatedAt;
}

describe("sudo mode with a passkey", () => {
  it("a signed challenge renews the session's authentication and is audited as a passkey", async () => {
    const { user, actor, sessionId, authenticator } = await sessionWithPasskey();
    const { challengeId, options } = await sessionPasskeyChallenge(actor);
    await reauthenticate(actor, { method: "passkey", challengeId, response: authenticator.assert(options) });
    expect((await authenticatedAt(sessionId)).getTime()).toBeGreaterThan(LONG_AGO.getTime());
    const [event] = await db().auditEvent.findMany({
      where: { actorUserId: user.id, action: "account.sudo" },
    });
    expect(event).toMatchObject({ metadata: { method: "passkey" } });
  });

  it("S96 removed passkey refused for sudo: the session stays outside the window", async () => {
    const { actor, sessionId, authenticator, passkey } = await sessionWithPasskey();
    const { challengeId, options } = await sessionPasskeyChallenge(actor);
    const response = authenticator.assert(options);
    await removePasskey(actor, { passkeyId: passkey._id });
    await expect(reauthenticate(actor, { method: "passkey", challengeId, response })).rejects.toMatchObject({
      code: "INVALID",
      message: "This passkey was not accepted. Try again, or use your password.",
    });
    expect(await authenticatedAt(sessionId)).toEqual(LONG_AGO);
  });

  it("S96 another person's signed challenge does not renew this session", async () => {
    const alice = await sessionWithPasskey();
    const mallory = await sessionWithPasskey();
    const { challengeId, options } = await sessionPasskeyChallenge(mallory.actor);
    const response = mallory.authenticator.assert(options);
    await expect(
      reauthenticate(alice.actor, { method: "passkey", challengeId, response }),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await authenticatedAt(alice.sessionId)).toEqual(LONG_AGO);
  });
});
