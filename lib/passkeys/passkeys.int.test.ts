import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { asSession, makePerson } from "@/test/factories";
import { SoftAuthenticator } from "@/test/soft-authenticator";
import { passkeyAuthenticationOptions } from "./authentication-options";
import { CHALLENGE_LIFETIME_MS } from "./challenges";
import { listPasskeys } from "./list-passkeys";
import { registerPasskey } from "./register-passkey";
import { passkeyRegistrationOptions } from "./registration-options";
import { relyingParty } from "./relying-party";
import { removePasskey } from "./remove-passkey";
import { renamePasskey } from "./rename-passkey";
import { verifyPasskeyAssertion } from "./verify-passkey-assertion";

async function person() {
  const user = await makePerson();
  return { user, actor: asSession(user.id) };
}

async function addPasskey(
  actor: Actor,
  name = "Laptop",
  authenticator = new SoftAuthenticator(relyingParty().origin),
) {
  const { challengeId, options } = await passkeyRegistrationOptions(actor, { name });
  const passkey = await registerPasskey(actor, {
    challengeId,
    name,
    response: authenticator.register(options),
  });
  return { passkey, authenticator };
}

async function signWith(userId: string, authenticator: SoftAuthenticator, { now = new Date() } = {}) {
  const { challengeId, options } = await passkeyAuthenticationOptions(userId, now);
  return { challengeId, response: authenticator.assert(options) };
}

function auditOf(userId: string, action: string) {
  return db().auditEvent.findMany({ where: { actorUserId: userId, action } });
}

describe("passkeys: registration", () => {
  it("stores a verified passkey under its trimmed name and audits it", async () => {
    const { user, actor } = await person();
    const { passkey, authenticator } = await addPasskey(actor, "  Work laptop  ");
    expect(passkey).toMatchObject({ name: "Work laptop", lastUsedAt: null });
    const row = await db().passkey.findUniqueOrThrow({ where: { id: passkey._id } });
    expect(row).toMatchObject({
      userId: user.id,
      credentialId: authenticator.credentialId,
      transports: ["internal"],
    });
    expect(row.publicKey.length).toBeGreaterThan(60);
    await expect(listPasskeys(actor)).resolves.toEqual([passkey]);
    const [event] = await auditOf(user.id, "account.passkey-add");
    expect(event).toMatchObject({ targetId: passkey._id, metadata: { name: "Work laptop" } });
  });

  it("options use KEYWARD_URL's host and exclude the person's existing passkeys", async () => {
    const { actor } = await person();
    const { authenticator } = await addPasskey(actor);
    const { options } = await passkeyRegistrationOptions(actor, { name: "Key" });
    expect(options.rp.id).toBe(new URL(relyingParty().origin).hostname);
    expect(options.excludeCredentials).toEqual([
      { id: authenticator.credentialId, type: "public-key", transports: ["internal"] },
    ]);
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: "preferred",
      userVerification: "preferred",
    });
  });

  it.each([
    ["", "Name the passkey."],
    ["   ", "Name the passkey."],
    ["x".repeat(61), "Use at most 60 characters."],
    ["line\nbreak", "Use printable characters only."],
  ])("refuses the name %j, stores nothing and keeps the prompt usable", async (name, message) => {
    const { actor } = await person();
    const authenticator = new SoftAuthenticator(relyingParty().origin);
    const { challengeId, options } = await passkeyRegistrationOptions(actor, { name: "Key" });
    const response = authenticator.register(options);
    await expect(registerPasskey(actor, { challengeId, name, response })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["name"], message })],
    });
    await expect(listPasskeys(actor)).resolves.toEqual([]);
    await expect(
      registerPasskey(actor, { challengeId, name: "x".repeat(60), response }),
    ).resolves.toMatchObject({
      name: "x".repeat(60),
    });
  });

  it("refuses a name the person already uses (whatever the case), before any prompt and at saving; another person may use it", async () => {
    const { user, actor } = await person();
    const { challengeId, options } = await passkeyRegistrationOptions(actor, { name: "Phone" });
    await addPasskey(actor, "Phone");
    await expect(passkeyRegistrationOptions(actor, { name: "PHONE" })).rejects.toMatchObject({
      code: "CONFLICT",
      field: "name",
    });
    await expect(db().webAuthnChallenge.count({ where: { userId: user.id } })).resolves.toBe(1);
    // A prompt opened before the name was taken is refused when it comes back.
    const response = new SoftAuthenticator(relyingParty().origin).register(options);
    await expect(registerPasskey(actor, { challengeId, name: "phone", response })).rejects.toMatchObject({
      code: "CONFLICT",
      field: "name",
    });
    await expect(listPasskeys(actor)).resolves.toHaveLength(1);
    await expect(addPasskey((await person()).actor, "Phone")).resolves.toBeDefined();
  });

  it("uses a registration challenge once, and only for the person it was issued to", async () => {
    const [alice, bob] = [await person(), await person()];
    const authenticator = new SoftAuthenticator(relyingParty().origin);
    const { challengeId, options } = await passkeyRegistrationOptions(alice.actor, { name: "Key" });
    const response = authenticator.register(options);
    await expect(registerPasskey(bob.actor, { challengeId, name: "Stolen", response })).rejects.toMatchObject(
      {
        code: "INVALID",
      },
    );
    await expect(listPasskeys(bob.actor)).resolves.toEqual([]);
    await registerPasskey(alice.actor, { challengeId, name: "Key", response });
    await expect(
      registerPasskey(alice.actor, { challengeId, name: "Again", response }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "This passkey prompt has expired. Add the passkey again.",
    });
    await expect(listPasskeys(alice.actor)).resolves.toHaveLength(1);
  });

  it("refuses an answer made for another origin, and a credential already registered", async () => {
    const { actor } = await person();
    const authenticator = new SoftAuthenticator(relyingParty().origin);
    const first = await passkeyRegistrationOptions(actor, { name: "Key" });
    await expect(
      registerPasskey(actor, {
        challengeId: first.challengeId,
        name: "Phished",
        response: authenticator.register(first.options, { origin: "https://keyward.example.net" }),
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "This passkey could not be verified. Try adding it again.",
    });
    await addPasskey(actor, "Key", authenticator);
    await expect(addPasskey((await person()).actor, "Key", authenticator)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("passkeys: assertion (second factor and sudo)", () => {
  it("verifies a signed challenge and records the counter and last use", async () => {
    const { user, actor } = await person();
    const { passkey, authenticator } = await addPasskey(actor);
    const { challengeId, response } = await signWith(user.id, authenticator);
    await expect(verifyPasskeyAssertion(user.id, challengeId, response)).resolves.toBe(true);
    const row = await db().passkey.findUniqueOrThrow({ where: { id: passkey._id } });
    expect(row.counter).toBe(1n);
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("allows only the person's own credentials", async () => {
    const { user, actor } = await person();
    const { authenticator } = await addPasskey(actor);
    await addPasskey((await person()).actor, "Other");
    const { options } = await passkeyAuthenticationOptions(user.id);
    expect(options.allowCredentials).toEqual([
      { id: authenticator.credentialId, type: "public-key", transports: ["internal"] },
    ]);
  });

  it("refuses a person without passkeys an authentication prompt", async () => {
    const { user } = await person();
    await expect(passkeyAuthenticationOptions(user.id)).rejects.toMatchObject({ code: "INVALID" });
  });

  it("S96 a challenge works once: the same signed answer replayed is refused", async () => {
    const { user, actor } = await person();
    const { authenticator } = await addPasskey(actor);
    const { challengeId, response } = await signWith(user.id, authenticator);
    await expect(verifyPasskeyAssertion(user.id, challengeId, response)).resolves.toBe(true);
    await expect(verifyPasskeyAssertion(user.id, challengeId, response)).resolves.toBe(false);
  });

  it("S96 an expired challenge is refused, and used up", async () => {
    const { user, actor } = await person();
    const { authenticator } = await addPasskey(actor);
    const issued = new Date(Date.now() - CHALLENGE_LIFETIME_MS - 1000);
    const { challengeId, response } = await signWith(user.id, authenticator, { now: issued });
    await expect(verifyPasskeyAssertion(user.id, challengeId, response)).resolves.toBe(false);
    await expect(db().webAuthnChallenge.count({ where: { id: challengeId } })).resolves.toBe(0);
  });

  it("S96 a wrong answer uses the challenge up: no second try with it", async () => {
    const { user, actor } = await person();
    const { authenticator } = await addPasskey(actor);
    const { challengeId, response } = await signWith(user.id, authenticator);
    const forged = {
      ...response,
      response: { ...response.response, signature: response.response.authenticatorData },
    };
    await expect(verifyPasskeyAssertion(user.id, challengeId, forged)).resolves.toBe(false);
    await expect(verifyPasskeyAssertion(user.id, challengeId, response)).resolves.toBe(false);
  });

  it("S96 another person's passkey or challenge proves nothing", async () => {
    const [alice, mallory] = [await person(), await person()];
    const { authenticator: alicesKey } = await addPasskey(alice.actor);
    const { authenticator: mallorysKey } = await addPasskey(mallory.actor);
    // Mallory's own valid assertion, offered as Alice's second factor.
    const mallorys = await signWith(mallory.user.id, mallorysKey);
    await expect(
      verifyPasskeyAssertion(alice.user.id, mallorys.challengeId, mallorys.response),
    ).resolves.toBe(false);
    // Alice's challenge answered with Mallory's credential.
    const { challengeId, options } = await passkeyAuthenticationOptions(alice.user.id);
    await expect(
      verifyPasskeyAssertion(alice.user.id, challengeId, mallorysKey.assert(options)),
    ).resolves.toBe(false);
    // Alice's own answer works.
    const alices = await signWith(alice.user.id, alicesKey);
    await expect(verifyPasskeyAssertion(alice.user.id, alices.challengeId, alices.response)).resolves.toBe(
      true,
    );
  });

  it("S96 an answer signed for another origin is refused", async () => {
    const { user, actor } = await person();
    const { authenticator } = await addPasskey(actor);
    const { challengeId, options } = await passkeyAuthenticationOptions(user.id);
    const response = authenticator.assert(options, { origin: "https://keyward.example.net" });
    await expect(verifyPasskeyAssertion(user.id, challengeId, response)).resolves.toBe(false);
  });

  it.each([
    ["a malformed challenge id", "not-a-uuid", {}],
    ["a malformed answer", "00000000-0000-7000-8000-000000000000", { id: 42 }],
    ["no answer", "00000000-0000-7000-8000-000000000000", null],
  ])("refuses %s without throwing", async (_, challengeId, response) => {
    const { user } = await person();
    await expect(verifyPasskeyAssertion(user.id, challengeId, response)).resolves.toBe(false);
  });
});

describe("passkeys: rename", () => {
  it("renames the person's passkey (its own name in another case too) and audits it", async () => {
    const { user, actor } = await person();
    const { passkey } = await addPasskey(actor, "phone");
    await expect(renamePasskey(actor, { passkeyId: passkey._id, name: " Phone " })).resolves.toMatchObject({
      _id: passkey._id,
      name: "Phone",
    });
    const [event] = await auditOf(user.id, "account.passkey-rename");
    expect(event).toMatchObject({ targetId: passkey._id, metadata: { from: "phone", to: "Phone" } });
  });

  it("refuses a taken or invalid name, and another person's passkey, changing nothing", async () => {
    const [alice, bob] = [await person(), await person()];
    const { passkey } = await addPasskey(alice.actor, "Laptop");
    await addPasskey(alice.actor, "Phone");
    const { passkey: bobs } = await addPasskey(bob.actor, "Tablet");
    await expect(renamePasskey(alice.actor, { passkeyId: passkey._id, name: "PHONE" })).rejects.toMatchObject(
      {
        code: "CONFLICT",
        field: "name",
      },
    );
    await expect(renamePasskey(alice.actor, { passkeyId: passkey._id, name: " " })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["name"], message: "Name the passkey." })],
    });
    await expect(renamePasskey(alice.actor, { passkeyId: bobs._id, name: "Mine" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listPasskeys(alice.actor)).map((p) => p.name)).toEqual(["Laptop", "Phone"]);
    await expect(listPasskeys(bob.actor)).resolves.toEqual([bobs]);
  });
});

describe("passkeys: removal", () => {
  it("removes the person's passkey and audits it; another person's id is not found and stays", async () => {
    const [alice, bob] = [await person(), await person()];
    const { passkey } = await addPasskey(alice.actor, "Old phone");
    const { passkey: bobs } = await addPasskey(bob.actor);
    await expect(removePasskey(alice.actor, { passkeyId: bobs._id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(listPasskeys(bob.actor)).resolves.toEqual([bobs]);
    await removePasskey(alice.actor, { passkeyId: passkey._id });
    await expect(listPasskeys(alice.actor)).resolves.toEqual([]);
    const [event] = await auditOf(alice.user.id, "account.passkey-remove");
    expect(event).toMatchObject({ targetId: passkey._id, metadata: { name: "Old phone" } });
    await expect(removePasskey(alice.actor, { passkeyId: passkey._id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a malformed id with a clear error", async () => {
    const { actor } = await person();
    await expect(removePasskey(actor, { passkeyId: "1; DROP TABLE" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["passkeyId"] })],
    });
  });

  it("S96 removed passkey refused: an assertion signed by a removed credential fails", async () => {
    const { user, actor } = await person();
    const { passkey: removed, authenticator: removedKey } = await addPasskey(actor, "Lost phone");
    await addPasskey(actor, "Laptop");
    // Signed while it was still registered, checked after its removal.
    const before = await signWith(user.id, removedKey);
    await removePasskey(actor, { passkeyId: removed._id });
    await expect(verifyPasskeyAssertion(user.id, before.challengeId, before.response)).resolves.toBe(false);
    // A fresh challenge no longer lists it, and the removed key's answer to it fails too.
    const { challengeId, options } = await passkeyAuthenticationOptions(user.id);
    expect(options.allowCredentials?.map((c) => c.id)).not.toContain(removedKey.credentialId);
    await expect(verifyPasskeyAssertion(user.id, challengeId, removedKey.assert(options))).resolves.toBe(
      false,
    );
  });
});
