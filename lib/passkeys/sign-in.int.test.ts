import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/users/authenticate";
import { FREE_FAILURES } from "@/lib/users/sign-in-throttle";
import { asSession, makeUser, TEST_PASSWORD, uniqueSuffix } from "@/test/factories";
import { SoftAuthenticator } from "@/test/soft-authenticator";
import { registerPasskey } from "./register-passkey";
import { passkeyRegistrationOptions } from "./registration-options";
import { relyingParty } from "./relying-party";
import { removePasskey } from "./remove-passkey";
import { passkeySignInChallenge } from "./sign-in-challenge";

// Sign-in with a password and a passkey as its second factor, as next-auth's authorize runs it.

async function personWithPasskey() {
  const user = await makeUser();
  const actor = asSession(user.id);
  const authenticator = new SoftAuthenticator(relyingParty().origin);
  const { challengeId, options } = await passkeyRegistrationOptions(actor, { name: "Laptop" });
  const passkey = await registerPasskey(actor, {
    challengeId,
    name: "Laptop",
    response: authenticator.register(options),
  });
  const request = {
    ip: `198.51.100.${Number.parseInt(uniqueSuffix().slice(0, 2), 16)}`,
    userAgent: "vitest",
  };
  return {
    user,
    actor,
    authenticator,
    passkey,
    request,
    password: { email: user.email, password: TEST_PASSWORD },
  };
}

async function passkeyField(
  credentials: { email: string; password: string },
  authenticator: SoftAuthenticator,
  request: { ip: string; userAgent: string },
) {
  const { challengeId, options } = await passkeySignInChallenge(credentials, request);
  return JSON.stringify({ challengeId, response: authenticator.assert(options) });
}

describe("sign-in with a passkey as the second factor", () => {
  it("the password alone asks for the second factor; with the passkey's answer it signs in", async () => {
    const { user, authenticator, password, request } = await personWithPasskey();
    await expect(authenticate(password, request)).rejects.toMatchObject({ reason: "required" });
    const passkey = await passkeyField(password, authenticator, request);
    await expect(authenticate({ ...password, passkey }, request)).resolves.toMatchObject({ id: user.id });
  });

  it("a wrong password gets no challenge, and no challenge is stored", async () => {
    const { user, request } = await personWithPasskey();
    await expect(
      passkeySignInChallenge({ email: user.email, password: "not the password" }, request),
    ).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      message: "Email or password is incorrect.",
    });
    await expect(
      db().webAuthnChallenge.count({ where: { userId: user.id, purpose: "authenticate" } }),
    ).resolves.toBe(0);
  });

  it("S96 removed passkey refused at sign-in: its answer is an invalid second factor", async () => {
    const { actor, authenticator, passkey, password, request } = await personWithPasskey();
    const { challengeId, options } = await passkeyRegistrationOptions(actor, { name: "Phone" });
    await registerPasskey(actor, {
      challengeId,
      name: "Phone",
      response: new SoftAuthenticator(relyingParty().origin).register(options),
    });
    const field = await passkeyField(password, authenticator, request);
    await removePasskey(actor, { passkeyId: passkey._id });
    await expect(authenticate({ ...password, passkey: field }, request)).rejects.toMatchObject({
      reason: "invalid",
    });
  });

  it("S96 a replayed or malformed passkey answer is refused", async () => {
    const { user, authenticator, password, request } = await personWithPasskey();
    const field = await passkeyField(password, authenticator, request);
    await expect(authenticate({ ...password, passkey: field }, request)).resolves.toMatchObject({
      id: user.id,
    });
    await expect(authenticate({ ...password, passkey: field }, request)).rejects.toMatchObject({
      reason: "invalid",
    });
    await expect(authenticate({ ...password, passkey: "{not json" }, request)).rejects.toMatchObject({
      reason: "invalid",
    });
  });

  it("S96 wrong passkey answers count toward the sign-in throttle", async () => {
    const { authenticator, password, request } = await personWithPasskey();
    const { challengeId, options } = await passkeySignInChallenge(password, request);
    const forged = JSON.stringify({
      challengeId,
      response: { ...authenticator.assert(options), id: "AAAA" },
    });
    // The challenge request counted once, and was never forgiven.
    for (let attempt = 1; attempt < FREE_FAILURES; attempt += 1)
      await expect(authenticate({ ...password, passkey: forged }, request)).rejects.toMatchObject({
        reason: "invalid",
      });
    await expect(authenticate({ ...password, passkey: forged }, request)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });
});
