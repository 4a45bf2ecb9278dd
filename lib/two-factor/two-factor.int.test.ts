import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RequestInfo } from "@/lib/actor";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/users/authenticate";
import { FREE_FAILURES } from "@/lib/users/sign-in-throttle";
import {
  actorFor,
  asSession,
  makeAccountToken,
  makeUser,
  TEST_PASSWORD,
  uniqueSuffix,
} from "@/test/factories";
import { enrolTotp, TOTP_STEP_MS as STEP_MS, totpCodeAt } from "@/test/two-factor";
import { acceptTotpCode } from "./accept-totp-code";
import { confirmTotp } from "./confirm-totp";
import { disableTotp } from "./disable-totp";
import { redeemRecoveryCode } from "./redeem-recovery-code";
import { regenerateRecoveryCodes } from "./regenerate-recovery-codes";
import { secondFactorsOf } from "./second-factors";
import { startTotpEnrolment } from "./start-totp-enrolment";
import { verifySecondFactor } from "./verify-second-factor";

// The clock stands still (Date only) ten seconds into a time step; tests move it step by step.
let now = 0;
function advance(ms: number) {
  now += ms;
  vi.setSystemTime(now);
}

beforeEach(() => {
  now = (Math.floor(Date.now() / STEP_MS) + 1) * STEP_MS + 10_000;
  vi.useFakeTimers({ toFake: ["Date"], now });
});
afterEach(() => {
  vi.useRealTimers();
});

function codeAt(secret: string, ms = now): string {
  return totpCodeAt(secret, ms);
}

/** A code that is six digits but not the current one (nor one either side). */
function wrongCode(secret: string): string {
  const near = new Set([-1, 0, 1].map((steps) => codeAt(secret, now + steps * STEP_MS)));
  let code = 0;
  while (near.has(String(code).padStart(6, "0"))) code += 1;
  return String(code).padStart(6, "0");
}

/** A client address of its own per test, so tests never share a sign-in throttle. */
function freshRequest(): RequestInfo {
  return { ip: `198.51.100.${uniqueSuffix()}`, userAgent: "vitest" };
}

async function personAndActor() {
  const user = await makeUser();
  const request = freshRequest();
  return { user, request, actor: { ...asSession(user.id), request } };
}

/** A person who added an authenticator app (the secret as its manual key reads) and confirmed it. */
async function enrolledPerson() {
  const { user, request, actor } = await personAndActor();
  return { user, request, actor, ...(await enrolTotp(actor)) };
}

function signIn(user: { email: string }, request: RequestInfo, code?: string) {
  return authenticate({ email: user.email, password: TEST_PASSWORD, code }, request);
}

function audits(userId: string, action: string) {
  return db().auditEvent.count({ where: { actorUserId: userId, action } });
}

describe("TOTP enrolment", () => {
  it("shows a QR code and a manual key, and changes nothing until a first valid code confirms it", async () => {
    const { user, request, actor } = await personAndActor();
    const enrolment = await startTotpEnrolment(actor);
    expect(enrolment.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(enrolment.manualKey).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    const secret = enrolment.manualKey.replaceAll(" ", "");
    const pending = await db().totpFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(pending.confirmedAt).toBeNull();
    expect(pending.secretEncrypted).not.toContain(secret);

    // Pending: sign-in is unchanged.
    await expect(signIn(user, request)).resolves.toMatchObject({ id: user.id });
    await expect(secondFactorsOf(user.id)).resolves.toEqual({
      totp: false,
      passkeys: 0,
      recoveryCodesLeft: 0,
      recoveryCodesIssued: 0,
    });

    for (const code of [wrongCode(secret), "12345", "abcdef", codeAt(secret, now + 2 * STEP_MS)])
      await expect(confirmTotp(actor, { code })).rejects.toMatchObject({
        code: "INVALID",
        field: "code",
        message: "That code is not valid.",
      });
    await expect(confirmTotp(actor, { code: "" })).rejects.toThrow("Enter the 6-digit code from your app.");
    expect(await db().totpFactor.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(pending);
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await audits(user.id, "account.totp-enable")).toBe(0);

    const { recoveryCodes } = await confirmTotp(actor, { code: codeAt(secret) });
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
    const confirmed = await db().totpFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(confirmed.confirmedAt).not.toBeNull();
    expect(confirmed.lastUsedStep).toBe(Math.floor(now / STEP_MS));
    // Only digests are stored.
    const stored = await db().recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    const typed = new Set(recoveryCodes.flatMap((code) => [code, code.replace("-", "")]));
    for (const row of stored) {
      expect(row.digest).toHaveLength(32);
      expect(typed.has(Buffer.from(row.digest).toString("utf8"))).toBe(false);
    }
    expect(await audits(user.id, "account.totp-enable")).toBe(1);
    await expect(secondFactorsOf(user.id)).resolves.toEqual({
      totp: true,
      passkeys: 0,
      recoveryCodesLeft: 10,
      recoveryCodesIssued: 10,
    });

    // A second enrolment cannot replace the authenticator in use.
    await expect(startTotpEnrolment(actor)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(confirmTotp(actor, { code: codeAt(secret, now + STEP_MS) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db().totpFactor.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(confirmed);
  });

  it("a restarted enrolment replaces the pending secret: the first app's codes no longer confirm", async () => {
    const { actor } = await personAndActor();
    const first = (await startTotpEnrolment(actor)).manualKey.replaceAll(" ", "");
    const second = (await startTotpEnrolment(actor)).manualKey.replaceAll(" ", "");
    expect(second).not.toBe(first);
    await expect(confirmTotp(actor, { code: codeAt(first) })).rejects.toMatchObject({ code: "INVALID" });
    await expect(confirmTotp(actor, { code: codeAt(second) })).resolves.toHaveProperty("recoveryCodes");
  });

  it("confirming with nothing pending, or through an API token, is refused", async () => {
    const { user, actor } = await personAndActor();
    await expect(confirmTotp(actor, { code: "123456" })).rejects.toMatchObject({ code: "CONFLICT" });
    const token = await makeAccountToken(user.id);
    const tokenActor = await actorFor(token.key);
    await expect(startTotpEnrolment(tokenActor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(regenerateRecoveryCodes(tokenActor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(disableTotp(tokenActor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().totpFactor.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("sign-in with an authenticator app", () => {
  it("the password alone issues nothing (SECOND_FACTOR_REQUIRED); with the next code it signs in", async () => {
    const { user, request, secret } = await enrolledPerson();
    await expect(signIn(user, request)).rejects.toMatchObject({ reason: "required" });
    await expect(signIn(user, request, "")).rejects.toMatchObject({ reason: "required" });
    advance(STEP_MS);
    await expect(signIn(user, request, codeAt(secret))).resolves.toMatchObject({ id: user.id });
    // A wrong password with a good code is still a wrong password.
    advance(STEP_MS);
    await expect(
      authenticate({ email: user.email, password: "not the password", code: codeAt(secret) }, request),
    ).resolves.toBeNull();
  });

  it("a wrong code counts as a failed sign-in, as a wrong password does", async () => {
    const { user, request, secret } = await enrolledPerson();
    for (let i = 0; i < FREE_FAILURES; i++)
      await expect(signIn(user, request, wrongCode(secret))).rejects.toMatchObject({ reason: "invalid" });
    // The next step's code is good, but this address must wait first.
    const good = codeAt(secret, now + STEP_MS);
    await expect(signIn(user, request, good)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another address (the owner at home) is not slowed by these failures.
    await expect(signIn(user, freshRequest(), good)).resolves.toMatchObject({ id: user.id });
  });

  it("a person without a second factor signs in with the password alone, as before", async () => {
    const { user, request } = await personAndActor();
    await expect(signIn(user, request)).resolves.toMatchObject({ id: user.id });
    await expect(signIn(user, request, "123456")).resolves.toMatchObject({ id: user.id });
  });
});

describe("refused second factors", () => {
  it("S96 wrong TOTP, reused TOTP within its window and used recovery codes are refused; each recovery code works once", async () => {
    const { user, request, secret, recoveryCodes } = await enrolledPerson();
    // Wrong code.
    await expect(
      verifySecondFactor(user.id, { method: "totp", code: wrongCode(secret) }, request),
    ).resolves.toBe(false);
    // The code used to confirm, still in its window (and the one before it), is refused.
    const confirmingCode = codeAt(secret);
    await expect(
      verifySecondFactor(user.id, { method: "totp", code: confirmingCode }, request),
    ).resolves.toBe(false);
    await expect(signIn(user, request, confirmingCode)).rejects.toMatchObject({ reason: "invalid" });
    await expect(signIn(user, request, codeAt(secret, now - STEP_MS))).rejects.toMatchObject({
      reason: "invalid",
    });
    // The next step's code works once, then is refused for the rest of its window.
    advance(STEP_MS);
    const next = codeAt(secret);
    await expect(signIn(user, request, next)).resolves.toMatchObject({ id: user.id });
    await expect(signIn(user, request, next)).rejects.toMatchObject({ reason: "invalid" });
    advance(STEP_MS - 1);
    await expect(verifySecondFactor(user.id, { method: "totp", code: next }, request)).resolves.toBe(false);

    // Each recovery code works once, whichever way it is typed; then it is refused.
    const [first, ...rest] = recoveryCodes;
    await expect(signIn(user, request, first)).resolves.toMatchObject({ id: user.id });
    await expect(signIn(user, request, first)).rejects.toMatchObject({ reason: "invalid" });
    await expect(signIn(user, request, first?.toUpperCase().replace("-", " "))).rejects.toMatchObject({
      reason: "invalid",
    });
    for (const code of rest) {
      await expect(verifySecondFactor(user.id, { method: "recovery", code }, request)).resolves.toBe(true);
      await expect(verifySecondFactor(user.id, { method: "recovery", code }, request)).resolves.toBe(false);
    }
    await expect(
      verifySecondFactor(user.id, { method: "recovery", code: "00000-00000" }, request),
    ).resolves.toBe(false);
    expect(await audits(user.id, "account.recovery-code-use")).toBe(10);
    await expect(secondFactorsOf(user.id)).resolves.toMatchObject({ recoveryCodesLeft: 0 });
  });

  it("S96 another person's codes are refused", async () => {
    const alice = await enrolledPerson();
    const bob = await enrolledPerson();
    advance(STEP_MS);
    for (const proof of [
      { method: "totp", code: codeAt(alice.secret) },
      { method: "recovery", code: alice.recoveryCodes[0] ?? "" },
    ] as const)
      await expect(verifySecondFactor(bob.user.id, proof, bob.request)).resolves.toBe(false);
  });

  it("S96 of concurrent uses of one TOTP code or one recovery code, exactly one passes", async () => {
    const { user, request, secret, recoveryCodes } = await enrolledPerson();
    advance(STEP_MS);
    const code = codeAt(secret);
    const totp = await Promise.all(Array.from({ length: 5 }, () => acceptTotpCode(user.id, code)));
    expect(totp.filter(Boolean)).toHaveLength(1);
    const recoveryCode = recoveryCodes[0] ?? "";
    const recovery = await Promise.all(
      Array.from({ length: 5 }, () => redeemRecoveryCode(user.id, recoveryCode, request)),
    );
    expect(recovery.filter(Boolean)).toHaveLength(1);
    expect(await audits(user.id, "account.recovery-code-use")).toBe(1);
  });
});

describe("turning TOTP off and regenerating recovery codes", () => {
  it("turning TOTP off removes it and its recovery codes: its codes are refused, sign-in needs the password only", async () => {
    const { user, request, actor, secret, recoveryCodes } = await enrolledPerson();
    await expect(disableTotp(actor)).resolves.toEqual({ recoveryCodesRemoved: true });
    expect(await audits(user.id, "account.totp-disable")).toBe(1);
    await expect(secondFactorsOf(user.id)).resolves.toEqual({
      totp: false,
      passkeys: 0,
      recoveryCodesLeft: 0,
      recoveryCodesIssued: 0,
    });
    advance(STEP_MS);
    await expect(acceptTotpCode(user.id, codeAt(secret))).resolves.toBe(false);
    await expect(redeemRecoveryCode(user.id, recoveryCodes[0] ?? "", request)).resolves.toBe(false);
    await expect(signIn(user, request)).resolves.toMatchObject({ id: user.id });
    await expect(disableTotp(actor)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(regenerateRecoveryCodes(actor)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });

  it("with a passkey remaining, turning TOTP off keeps the recovery codes and sign-in still asks for a second factor", async () => {
    const { user, request, actor, recoveryCodes } = await enrolledPerson();
    await db().passkey.create({
      data: { userId: user.id, name: "Laptop", credentialId: uniqueSuffix(), publicKey: new Uint8Array(8) },
    });
    await expect(disableTotp(actor)).resolves.toEqual({ recoveryCodesRemoved: false });
    await expect(secondFactorsOf(user.id)).resolves.toEqual({
      totp: false,
      passkeys: 1,
      recoveryCodesLeft: 10,
      recoveryCodesIssued: 10,
    });
    await expect(signIn(user, request)).rejects.toMatchObject({ reason: "required" });
    await expect(signIn(user, request, recoveryCodes[0])).resolves.toMatchObject({ id: user.id });
  });

  it("regenerating replaces every recovery code: the old ones are refused, the new ones work; audited", async () => {
    const { user, request, actor, recoveryCodes } = await enrolledPerson();
    await redeemRecoveryCode(user.id, recoveryCodes[0] ?? "", request);
    await expect(secondFactorsOf(user.id)).resolves.toMatchObject({
      recoveryCodesLeft: 9,
      recoveryCodesIssued: 10,
    });
    const { recoveryCodes: fresh } = await regenerateRecoveryCodes(actor);
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => recoveryCodes.includes(code))).toEqual([]);
    await expect(secondFactorsOf(user.id)).resolves.toMatchObject({ recoveryCodesLeft: 10 });
    await expect(redeemRecoveryCode(user.id, recoveryCodes[1] ?? "", request)).resolves.toBe(false);
    await expect(redeemRecoveryCode(user.id, fresh[0] ?? "", request)).resolves.toBe(true);
    expect(await audits(user.id, "account.recovery-codes-regenerate")).toBe(1);
  });
});
