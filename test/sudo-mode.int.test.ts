import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionUserFrom, type SessionClaims } from "@/lib/auth/session-user";
import { startSession } from "@/lib/auth/sessions/start-session";
import { db } from "@/lib/db";
import {
  TEST_PASSWORD,
  TEST_REQUEST,
  domainState,
  makeAccountToken,
  makeTeam,
  makeUser,
  makeWebsite,
  makeWebsiteKey,
  uniqueSuffix,
} from "@/test/factories";
import { TOTP_STEP_MS, totpCodeAt } from "@/test/two-factor";

// Sudo mode (issue 16) through the real server actions, with a real server-side session read
// from the database as the pages do: a session cookie alone (no authentication within the sudo
// window) cannot mint a credential or change who has access.

const request = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ host: "keyward.test", origin: "http://keyward.test", "user-agent": "vitest" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/session", () => ({
  currentUser: async () => (request.claims ? sessionUserFrom(request.claims) : null),
}));
const tokenActions = await import("@/lib/actions/account-tokens");
const keyActions = await import("@/lib/actions/website-keys");
const teamActions = await import("@/lib/actions/team");
const websiteActions = await import("@/lib/actions/websites");
const accountActions = await import("@/lib/actions/account");
const twoFactorActions = await import("@/lib/actions/two-factor");
const { reauthenticateAction } = await import("@/lib/actions/sudo");

const MINUTE = 60_000;

afterEach(() => {
  request.claims = null;
});

/** Signs `userId` in; the session last authenticated `minutesAgo` minutes ago. */
async function signIn(userId: string, minutesAgo: number): Promise<SessionClaims> {
  const sessionId = await startSession(userId, { ...TEST_REQUEST });
  await authenticatedAgo(sessionId, minutesAgo);
  request.claims = { userId, sessionId };
  return request.claims;
}

async function authenticatedAgo(sessionId: string, minutesAgo: number) {
  await db().session.update({
    where: { id: sessionId },
    data: { authenticatedAt: new Date(Date.now() - minutesAgo * MINUTE) },
  });
}

type Result = { ok: boolean; error?: { code: string } };
/** One sensitive act and the person who does it (who may, given a recent authentication). */
type Case = { name: string; by: string; act: () => Promise<unknown> };

async function cases(): Promise<Case[]> {
  const team = await makeTeam();
  const site = team.website._id;
  const token = await makeAccountToken(team.owner.id);
  const key = await makeWebsiteKey(site, team.owner.id);
  await makeWebsiteKey(site, team.member.id);
  const doomed = await makeWebsite(team.owner.id);
  // The account acts need a real password: people of their own.
  const [person, leaver] = await Promise.all([makeUser(), makeUser()]);
  const owner = team.owner.id;
  return [
    {
      name: "create a token",
      by: owner,
      act: () => tokenActions.createAccountTokenAction({ name: "stolen" }),
    },
    {
      name: "edit a token",
      by: owner,
      act: () => tokenActions.editAccountTokenAction({ tokenId: token.token._id, changes: { name: "x" } }),
    },
    {
      name: "regenerate a token",
      by: owner,
      act: () => tokenActions.regenerateAccountTokenAction({ tokenId: token.token._id, expiry: "7d" }),
    },
    {
      name: "roll a token",
      by: owner,
      act: () => tokenActions.rollAccountTokenAction({ tokenId: token.token._id, grace: "none" }),
    },
    {
      name: "roll a token's lineage",
      by: owner,
      act: () => tokenActions.rollAccountTokenLineageAction({ tokenId: token.token._id }),
    },
    {
      name: "create a website key",
      by: owner,
      act: () => keyActions.createWebsiteKeyAction({ websiteId: site, name: "stolen" }),
    },
    {
      name: "roll a website key",
      by: owner,
      act: () => keyActions.rollWebsiteKeyAction({ websiteId: site, keyId: key.key._id, grace: "none" }),
    },
    {
      name: "roll a website key's lineage",
      by: owner,
      act: () => keyActions.rollWebsiteKeyLineageAction({ websiteId: site, keyId: key.key._id }),
    },
    {
      name: "invite someone",
      by: owner,
      act: () =>
        teamActions.inviteMemberAction({
          websiteId: site,
          email: `sudo-${uniqueSuffix()}@example.test`,
          role: "member",
        }),
    },
    {
      name: "change a role",
      by: owner,
      act: () => teamActions.changeRoleAction({ websiteId: site, userId: team.viewer.id, role: "member" }),
    },
    {
      name: "remove a member",
      by: owner,
      act: () => teamActions.removeMemberAction({ websiteId: site, userId: team.viewer.id }),
    },
    {
      name: "roll a person's keys",
      by: owner,
      act: () => teamActions.rollPersonKeysAction({ websiteId: site, userId: team.member.id }),
    },
    {
      name: "transfer ownership",
      by: owner,
      act: () =>
        teamActions.transferOwnershipAction({
          websiteId: site,
          userId: team.member.id,
          confirmEmail: team.member.email,
        }),
    },
    {
      name: "delete the website",
      by: owner,
      // Success redirects (Next's redirect() throws): that is the "done" answer here.
      act: () =>
        websiteActions
          .deleteWebsiteAction({ websiteId: doomed._id, confirmDomain: doomed.domain })
          .catch((error: unknown) => {
            if (String((error as { digest?: unknown }).digest).startsWith("NEXT_REDIRECT"))
              return { ok: true };
            throw error;
          }),
    },
    {
      name: "change the password",
      by: person.id,
      act: () =>
        accountActions.changePasswordAction({
          currentPassword: TEST_PASSWORD,
          newPassword: `new ${uniqueSuffix()} passphrase`,
        }),
    },
    {
      name: "delete the account",
      by: leaver.id,
      act: () => accountActions.deleteAccountAction({ confirmEmail: leaver.email, password: TEST_PASSWORD }),
    },
  ];
}

describe("S95 a stolen session (cookie only) cannot do sensitive acts", () => {
  it("S95 every sensitive act answers REAUTH_REQUIRED outside the sudo window and changes nothing; inside it, the same call succeeds", async () => {
    for (const { name, by, act } of await cases()) {
      const { sessionId } = await signIn(by, 16);
      const before = await domainState();
      const refused = (await act()) as Result;
      expect(refused, name).toMatchObject({ ok: false, error: { code: "REAUTH_REQUIRED" } });
      expect(await domainState(), name).toEqual(before);

      await authenticatedAgo(sessionId, 1);
      expect(await act(), name).toMatchObject({ ok: true });
    }
  });

  it("S95 revoking never needs sudo: a stale session still stops a leak in one click", async () => {
    const team = await makeTeam();
    const token = await makeAccountToken(team.owner.id);
    const key = await makeWebsiteKey(team.website._id, team.owner.id);
    await signIn(team.owner.id, 60);
    await expect(tokenActions.revokeAccountTokenAction({ tokenId: token.token._id })).resolves.toMatchObject({
      ok: true,
    });
    await expect(
      keyActions.revokeWebsiteKeyAction({ websiteId: team.website._id, keyId: key.key._id }),
    ).resolves.toMatchObject({ ok: true });
  });

  it("S95 re-authenticating with the password opens the window for this session only, and is audited", async () => {
    const person = await makeUser();
    const other = await startSession(person.id, { ...TEST_REQUEST });
    await authenticatedAgo(other, 30);
    const here = await signIn(person.id, 30);

    const wrong = await reauthenticateAction({ method: "password", password: "not the password" });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: "INVALID", fields: { password: expect.any(String) } },
    });
    expect(await tokenActions.createAccountTokenAction({ name: "after a wrong password" })).toMatchObject({
      ok: false,
      error: { code: "REAUTH_REQUIRED" },
    });

    expect(await reauthenticateAction({ method: "password", password: TEST_PASSWORD })).toEqual({
      ok: true,
      data: null,
    });
    expect(await tokenActions.createAccountTokenAction({ name: "after sudo" })).toMatchObject({ ok: true });
    const audit = await db().auditEvent.findMany({
      where: { actorUserId: person.id, action: "account.sudo" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ metadata: { method: "password" }, targetId: person.id });

    // The other browser's cookie gained nothing.
    request.claims = { userId: person.id, sessionId: other };
    expect(await tokenActions.createAccountTokenAction({ name: "other browser" })).toMatchObject({
      ok: false,
      error: { code: "REAUTH_REQUIRED" },
    });
    request.claims = here;
  });

  it("S95 the sudo window is KEYWARD_SUDO_MINUTES (15 by default): 14 minutes after sign-in is inside, 16 outside", async () => {
    const team = await makeTeam();
    const claims = await signIn(team.owner.id, 14);
    expect(await tokenActions.createAccountTokenAction({ name: "inside" })).toMatchObject({ ok: true });
    await authenticatedAgo(claims.sessionId, 16);
    expect(await tokenActions.createAccountTokenAction({ name: "outside" })).toMatchObject({
      ok: false,
      error: { code: "REAUTH_REQUIRED" },
    });
  });

  it("S95 adding or removing a second factor needs sudo too; nothing changes without it", async () => {
    const person = await makeUser();
    const factors = () =>
      Promise.all([
        db().totpFactor.findMany({ where: { userId: person.id } }),
        db().recoveryCode.findMany({ where: { userId: person.id }, orderBy: { id: "asc" } }),
      ]);
    const { sessionId } = await signIn(person.id, 16);
    const stale = async (act: () => Promise<unknown>) => {
      await authenticatedAgo(sessionId, 16);
      const before = await factors();
      expect(await act()).toMatchObject({ ok: false, error: { code: "REAUTH_REQUIRED" } });
      expect(await factors()).toEqual(before);
      await authenticatedAgo(sessionId, 1);
    };

    await stale(() => twoFactorActions.startTotpEnrolmentAction({}));
    const started = await twoFactorActions.startTotpEnrolmentAction({});
    if (!started.ok) throw new Error(started.error.message);
    const secret = started.data.manualKey.replaceAll(" ", "");

    await stale(() => twoFactorActions.confirmTotpAction({ code: totpCodeAt(secret) }));
    expect(await twoFactorActions.confirmTotpAction({ code: totpCodeAt(secret) })).toMatchObject({
      ok: true,
    });

    await stale(() => twoFactorActions.regenerateRecoveryCodesAction({}));
    expect(await twoFactorActions.regenerateRecoveryCodesAction({})).toMatchObject({ ok: true });

    await stale(() => twoFactorActions.disableTotpAction({}));
    expect(await twoFactorActions.disableTotpAction({})).toMatchObject({ ok: true });
  });

  it("S95 S96 re-authenticating with a code: the app's code once, a recovery code once, anything else refused", async () => {
    const person = await makeUser();
    const { sessionId } = await signIn(person.id, 1);
    const started = await twoFactorActions.startTotpEnrolmentAction({});
    if (!started.ok) throw new Error(started.error.message);
    const secret = started.data.manualKey.replaceAll(" ", "");
    const first = totpCodeAt(secret);
    const confirmed = await twoFactorActions.confirmTotpAction({ code: first });
    if (!confirmed.ok) throw new Error(confirmed.error.message);
    const [recovery] = confirmed.data.recoveryCodes;
    const reauthWith = async (code: string) => {
      await authenticatedAgo(sessionId, 30);
      return reauthenticateAction({ method: "code", code });
    };
    const refused = { ok: false, error: { code: "INVALID", fields: { code: "That code is not valid." } } };

    expect(await reauthWith("000000")).toMatchObject(refused);
    // The confirming code's step is used up: the same code cannot confirm a second time.
    expect(await reauthWith(first)).toMatchObject(refused);
    const next = totpCodeAt(secret, Date.now() + TOTP_STEP_MS);
    expect(await reauthWith(next)).toEqual({ ok: true, data: null });
    expect(await tokenActions.createAccountTokenAction({ name: "after a code" })).toMatchObject({ ok: true });
    expect(await reauthWith(next)).toMatchObject(refused);

    expect(await reauthWith(recovery!)).toEqual({ ok: true, data: null });
    expect(await reauthWith(recovery!)).toMatchObject(refused);

    const methods = await db().auditEvent.findMany({
      where: { actorUserId: person.id, action: "account.sudo" },
      orderBy: { createdAt: "asc" },
    });
    expect(methods.map((event) => event.metadata)).toEqual([{ method: "totp" }, { method: "recovery" }]);
  });
});
