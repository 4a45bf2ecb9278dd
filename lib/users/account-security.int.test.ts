import { describe, expect, it } from "vitest";
import { sessionUserFrom } from "@/lib/auth/session-user";
import { startSession } from "@/lib/auth/sessions/start-session";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import {
  actorFor,
  addMember,
  asSession,
  makeAccountToken,
  makeUser,
  makeWebsite,
  TEST_PASSWORD,
  uniqueSuffix,
} from "@/test/factories";
import { authenticate } from "./authenticate";
import { changePassword } from "./change-password";
import { deleteAccount } from "./delete-account";

const NEW_PASSWORD = "a brand new passphrase";

/**
 * A person signed in twice, with a live account token: `session` is the other browser (as its JWT
 * decodes), `actor` acts through `own`, the browser that asks.
 */
async function signedInTwice() {
  const user = await makeUser();
  const request = { ip: `192.0.2.${uniqueSuffix()}`, userAgent: "vitest" };
  const own = { userId: user.id, sessionId: await startSession(user.id, request) };
  const session = { userId: user.id, sessionId: await startSession(user.id, request) };
  const token = await makeAccountToken(user.id);
  const actor = { ...asSession(user.id), request, sessionId: own.sessionId };
  return { user, session, own, token, actor, request };
}

describe("S35 password change, sign out everywhere and account deletion", () => {
  it("S35 a password change needs the current password and changes nothing without it", async () => {
    const { user, session, actor } = await signedInTwice();
    await expect(
      changePassword(actor, { currentPassword: "not my password", newPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      code: "INVALID",
      field: "currentPassword",
    });
    await expect(sessionUserFrom(session)).resolves.toMatchObject({ id: user.id });
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD }, actor.request),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("S35 password changed: every other session is rejected on its next read, the old password fails, the new one works", async () => {
    const { user, session, own, token, actor } = await signedInTwice();
    await expect(
      changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
    ).resolves.toEqual({ revokedTokens: 0 });
    await expect(sessionUserFrom(session)).resolves.toBeNull();
    // The browser that asked stays signed in.
    await expect(sessionUserFrom(own)).resolves.toMatchObject({ id: user.id, sessionId: own.sessionId });
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD }, actor.request),
    ).resolves.toBeNull();
    await expect(
      authenticate({ email: user.email, password: NEW_PASSWORD }, actor.request),
    ).resolves.toMatchObject({ id: user.id });
    // Without "revoke tokens" the account token keeps working, as the form says.
    expect((await verifySecret({ raw: token.key, request: actor.request.ip })).ok).toBe(true);
    expect(
      await db().auditEvent.count({ where: { actorUserId: user.id, action: "account.password-change" } }),
    ).toBe(1);
  });

  it("S35 password changed with sign out everywhere: sessions rejected and every dft_ 401", async () => {
    const { user, session, token, actor } = await signedInTwice();
    const second = await makeAccountToken(user.id);
    await expect(
      changePassword(actor, {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
        revokeTokens: true,
      }),
    ).resolves.toEqual({
      revokedTokens: 2,
    });
    await expect(sessionUserFrom(session)).resolves.toBeNull();
    for (const key of [token.key, second.key])
      expect((await verifySecret({ raw: key, request: actor.request.ip })).ok).toBe(false);
  });

  it("S35 user deleted: sessions rejected, dft_ refused, memberships gone; refused while sole owner of a website", async () => {
    const { user, session, token, actor } = await signedInTwice();
    const website = await makeWebsite(user.id);
    const other = await makeUser();
    const joined = await makeWebsite(other.id);
    await addMember(joined._id, user.id, "member");

    await expect(
      deleteAccount(actor, { confirmEmail: user.email, password: TEST_PASSWORD }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      deleteAccount(actor, { confirmEmail: "someone@else.test", password: TEST_PASSWORD }),
    ).rejects.toMatchObject({ field: "confirmEmail" });
    await expect(
      deleteAccount(actor, { confirmEmail: user.email, password: "wrong!" }),
    ).rejects.toMatchObject({ field: "password" });
    expect(await db().user.count({ where: { id: user.id } })).toBe(1);
    await expect(sessionUserFrom(session)).resolves.toMatchObject({ id: user.id });

    await db().website.delete({ where: { id: website._id } });
    await deleteAccount(actor, { confirmEmail: user.email.toUpperCase(), password: TEST_PASSWORD });
    await expect(sessionUserFrom(session)).resolves.toBeNull();
    expect((await verifySecret({ raw: token.key, request: actor.request.ip })).ok).toBe(false);
    expect(await db().membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().membership.count({ where: { websiteId: joined._id, role: "owner" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { actorUserId: user.id, action: "account.delete" } })).toBe(
      1,
    );
  });

  it("S35 a token can neither change the password nor delete the account", async () => {
    const { user, token } = await signedInTwice();
    const tokenActor = await actorFor(token.key);
    await expect(
      changePassword(tokenActor, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      deleteAccount(tokenActor, { confirmEmail: user.email, password: TEST_PASSWORD }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
