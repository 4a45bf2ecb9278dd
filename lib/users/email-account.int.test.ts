import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionUserFrom } from "@/lib/auth/session-user";
import { startSession } from "@/lib/auth/sessions/start-session";
import { db } from "@/lib/db";
import type { Env } from "@/lib/env";
import { acceptInvitation, UNVERIFIED_EMAIL } from "@/lib/team/accept-invitation";
import { inviteMember } from "@/lib/team/invite-member";
import { asSession, makeTeam, makeUser, TEST_PASSWORD, uniqueSuffix } from "@/test/factories";
import { parseMail, startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { accountLinks } from "./account-links";
import { authenticate } from "./authenticate";
import { markEmailVerified } from "./mark-email-verified";
import { COMMON_PASSWORD_MESSAGE } from "./password-policy";
import { requestPasswordReset, RESET_UNAVAILABLE } from "./request-password-reset";
import { SIGN_UPS_PER_ADDRESS } from "./request-throttle";
import { resendVerification } from "./resend-verification";
import { INVALID_RESET_LINK, resetPassword } from "./reset-password";
import { signUp } from "./sign-up";
import { INVALID_VERIFICATION_LINK, verifyEmail } from "./verify-email";

// The configuration the mail code reads: email through a local SMTP sink.
const config = vi.hoisted(() => ({
  nodeEnv: "production" as Env["nodeEnv"],
  smtp: undefined as Env["smtp"],
  publicUrl: "http://keys.example.test",
  linkOrigin: "http://keys.example.test",
}));
vi.mock("@/lib/env", () => ({ env: () => config }));

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
  config.smtp = { url: sink.url, from: "Keyward <keys@keyward.test>" };
});
afterAll(() => sink.close());

const links = accountLinks();
const NEW_PASSWORD = "a brand new passphrase";

function freshRequest() {
  return { ip: `203.0.113.${uniqueSuffix()}`, userAgent: "vitest" };
}

function mailsTo(email: string) {
  return sink.received.filter((mail) => mail.to.includes(`<${email}>`)).map((mail) => parseMail(mail.data));
}

/** The token of the latest link of this kind mailed to `email`. */
function linkToken(email: string, path: "verify-email" | "reset-password"): string {
  const texts = mailsTo(email).map((mail) => mail.text);
  const match = texts
    .map((text) => new RegExp(`http://keys\\.example\\.test/${path}/([0-9A-Za-z]{43})`).exec(text)?.[1])
    .filter(Boolean)
    .at(-1);
  if (!match) throw new Error(`no ${path} link mailed to ${email}`);
  return match;
}

async function signUpAs(email: string, password = TEST_PASSWORD, request = freshRequest()) {
  const answer = await signUp({ name: "Someone", email, password }, request, links);
  await answer.mailed;
  return answer;
}

function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: { code?: string; message?: string; field?: string }) => ({
      code: error.code,
      message: error.message,
      field: error.field,
    }),
  );
}

describe("verified email addresses", () => {
  it("S89 signing up with the email of a pending invitation, without its mailbox, does not let you accept it", async () => {
    const { owner, website } = await makeTeam();
    const email = `invitee-${uniqueSuffix()}@example.test`;
    const { token } = await inviteMember(asSession(owner.id), website._id, { email, role: "member" });
    await signUpAs(email);
    const squatter = await db().user.findUniqueOrThrow({ where: { email } });
    expect(squatter.emailVerifiedAt).toBeNull();

    await expect(refusal(acceptInvitation(asSession(squatter.id), token))).resolves.toEqual({
      code: "FORBIDDEN",
      message: UNVERIFIED_EMAIL,
      field: undefined,
    });
    expect(await db().membership.count({ where: { userId: squatter.id } })).toBe(0);

    // Whoever reads that mailbox verifies it; then the invitation opens.
    await expect(verifyEmail(linkToken(email, "verify-email"), freshRequest())).resolves.toEqual({ email });
    await expect(acceptInvitation(asSession(squatter.id), token)).resolves.toEqual({
      websiteId: website._id,
    });
  });

  it("a verification link works once, expires after 24 hours, and a new one replaces the old", async () => {
    const email = `verify-${uniqueSuffix()}@example.test`;
    await signUpAs(email);
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    const first = linkToken(email, "verify-email");
    const link = await db().emailLink.findFirstOrThrow({
      where: { userId: user.id, purpose: "verify_email" },
    });
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(24 * 60 * 60 * 1000);
    // Only the digest is stored.
    expect(Buffer.from(link.tokenDigest).toString("utf8")).not.toContain(first);

    await resendVerification(asSession(user.id), links);
    const second = linkToken(email, "verify-email");
    expect(second).not.toBe(first);
    await expect(refusal(verifyEmail(first, freshRequest()))).resolves.toMatchObject({
      message: INVALID_VERIFICATION_LINK,
    });

    await db().emailLink.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    await expect(refusal(verifyEmail(second, freshRequest()))).resolves.toMatchObject({ code: "NOT_FOUND" });
    await resendVerification(asSession(user.id), links);
    const third = linkToken(email, "verify-email");
    await verifyEmail(third, freshRequest());
    await expect(refusal(verifyEmail(third, freshRequest()))).resolves.toMatchObject({ code: "NOT_FOUND" });
    await expect(refusal(resendVerification(asSession(user.id), links))).resolves.toMatchObject({
      code: "CONFLICT",
    });
    const audit = await db().auditEvent.findMany({
      where: { targetId: user.id, action: "account.email-verify" },
    });
    expect(audit).toHaveLength(1);
  });

  it("an operator verifies an address from the command line (servers without email)", async () => {
    const email = `operator-${uniqueSuffix()}@example.test`;
    await signUpAs(email);
    await expect(markEmailVerified(` ${email.toUpperCase()} `)).resolves.toEqual({ email, changed: true });
    await expect(markEmailVerified(email)).resolves.toEqual({ email, changed: false });
    await expect(refusal(markEmailVerified("nobody-here@example.test"))).resolves.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("sign-up", () => {
  it("answers the same for a taken email, changes nothing, and tells the address's owner by email", async () => {
    const owner = await makeUser();
    const fresh = `fresh-${uniqueSuffix()}@example.test`;
    const taken = await signUpAs(owner.email, "another passphrase here");
    const created = await signUpAs(fresh, "another passphrase here");
    expect(Object.keys(taken)).toEqual(Object.keys(created));
    expect(taken.email).toBe(owner.email);
    await expect(
      authenticate({ email: owner.email, password: TEST_PASSWORD }, freshRequest()),
    ).resolves.toMatchObject({ id: owner.id });
    const [notice] = mailsTo(owner.email);
    expect(notice?.subject).toBe("Someone tried to create a Keyward account with your email address");
    expect(notice?.text).toContain("http://keys.example.test/forgot-password");
    expect(mailsTo(fresh).map((mail) => mail.subject)).toEqual(["Confirm your email address for Keyward"]);
  });

  it("refuses a common password with one reason, and creates nothing", async () => {
    const email = `weak-${uniqueSuffix()}@example.test`;
    await expect(refusal(signUpAs(email, "password12"))).resolves.toEqual({
      code: "INVALID",
      message: COMMON_PASSWORD_MESSAGE,
      field: "password",
    });
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it(`S90 40 sign-ups in a second from one address: ${SIGN_UPS_PER_ADDRESS} are answered, the rest throttled`, async () => {
    const request = freshRequest();
    // Refused passwords: the ceiling is counted before any work, and these create nothing.
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        refusal(signUpAs(`burst-${i}-${uniqueSuffix()}@example.test`, "password12", request)),
      ),
    );
    expect(results.filter((result) => result?.code === "INVALID")).toHaveLength(SIGN_UPS_PER_ADDRESS);
    expect(results.filter((result) => result?.code === "RATE_LIMITED")).toHaveLength(
      40 - SIGN_UPS_PER_ADDRESS,
    );
    await expect(
      refusal(signUpAs(`other-${uniqueSuffix()}@example.test`, "password12")),
    ).resolves.toMatchObject({
      code: "INVALID",
    });
  });
});

describe("password reset", () => {
  async function resetLinkFor(email: string) {
    await (
      await requestPasswordReset({ email }, freshRequest(), links)
    ).mailed;
    return linkToken(email, "reset-password");
  }

  it("answers the same whether or not the email has an account, and mails only an existing one", async () => {
    const user = await makeUser();
    const unknown = `nobody-${uniqueSuffix()}@example.test`;
    const known = await requestPasswordReset({ email: user.email }, freshRequest(), links);
    const missing = await requestPasswordReset({ email: unknown }, freshRequest(), links);
    await Promise.all([known.mailed, missing.mailed]);
    expect(Object.keys(known)).toEqual(Object.keys(missing));
    expect(mailsTo(unknown)).toHaveLength(0);
    expect(mailsTo(user.email).map((mail) => mail.subject)).toEqual(["Reset your Keyward password"]);
  });

  it("S94 a reset link is single use, ends every session, is audited, and proves the address", async () => {
    const user = await makeUser({ emailVerified: false });
    const session = { userId: user.id, sessionId: await startSession(user.id, freshRequest()) };
    expect(await sessionUserFrom(session)).toMatchObject({ id: user.id });

    const token = await resetLinkFor(user.email);
    await expect(resetPassword({ token, password: NEW_PASSWORD }, freshRequest())).resolves.toEqual({
      email: user.email,
    });
    expect(await sessionUserFrom(session)).toBeNull();
    await expect(
      authenticate({ email: user.email, password: NEW_PASSWORD }, freshRequest()),
    ).resolves.toMatchObject({
      id: user.id,
    });
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD }, freshRequest()),
    ).resolves.toBeNull();
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.emailVerifiedAt).not.toBeNull();
    const audit = await db().auditEvent.findMany({
      where: { targetId: user.id, action: "account.password-reset" },
    });
    expect(audit).toHaveLength(1);

    // Used once: the same link again changes nothing.
    await expect(
      refusal(resetPassword({ token, password: "yet another passphrase" }, freshRequest())),
    ).resolves.toMatchObject({
      code: "NOT_FOUND",
      message: INVALID_RESET_LINK,
    });
    await expect(
      authenticate({ email: user.email, password: NEW_PASSWORD }, freshRequest()),
    ).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("S94 a reset link expires after one hour", async () => {
    const user = await makeUser();
    const token = await resetLinkFor(user.email);
    const link = await db().emailLink.findFirstOrThrow({
      where: { userId: user.id, purpose: "reset_password" },
    });
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(60 * 60 * 1000);
    await db().emailLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expect(
      refusal(resetPassword({ token, password: NEW_PASSWORD }, freshRequest())),
    ).resolves.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD }, freshRequest()),
    ).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("S94 another person's link changes only that person; a verification link resets nothing", async () => {
    const [alice, bob] = [await makeUser(), await makeUser({ emailVerified: false })];
    const alicesToken = await resetLinkFor(alice.email);
    await resendVerification(asSession(bob.id), links);
    const bobsVerification = linkToken(bob.email, "verify-email");
    await expect(
      refusal(resetPassword({ token: bobsVerification, password: NEW_PASSWORD }, freshRequest())),
    ).resolves.toMatchObject({
      code: "NOT_FOUND",
    });
    await resetPassword({ token: alicesToken, password: NEW_PASSWORD }, freshRequest());
    await expect(
      authenticate({ email: bob.email, password: TEST_PASSWORD }, freshRequest()),
    ).resolves.toMatchObject({
      id: bob.id,
    });
    await expect(
      authenticate({ email: bob.email, password: NEW_PASSWORD }, freshRequest()),
    ).resolves.toBeNull();
    await expect(
      refusal(resetPassword({ token: "x".repeat(43), password: NEW_PASSWORD }, freshRequest())),
    ).resolves.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("is unavailable on a production server that cannot send email", async () => {
    const smtp = config.smtp;
    config.smtp = undefined;
    try {
      await expect(
        refusal(requestPasswordReset({ email: "someone@example.test" }, freshRequest(), links)),
      ).resolves.toMatchObject({
        code: "UNAVAILABLE",
        message: RESET_UNAVAILABLE,
      });
    } finally {
      config.smtp = smtp;
    }
  });
});
