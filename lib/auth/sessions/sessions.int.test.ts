import { describe, expect, it } from "vitest";
import { sessionUserFrom } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { actorFor, asSession, makeAccountToken, makeUser, TEST_REQUEST } from "@/test/factories";
import {
  callNextAuth,
  cookiePair,
  csrf,
  SESSION_COOKIE,
  signInThroughNextAuth,
} from "@/test/next-auth-handler";
import { endSessions } from "./end-sessions";
import { listSessions } from "./list-sessions";
import { revokeSession } from "./revoke-session";
import { startSession } from "./start-session";

const BROWSER = {
  "user-agent":
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36",
  "x-forwarded-for": "198.51.100.7",
};

/** A browser signed in through next-auth: its session cookie as the browser would send it back. */
async function signedInBrowser(email: string): Promise<Record<string, string>> {
  const [name, value] = cookiePair(await signInThroughNextAuth(email, BROWSER));
  expect(name).toMatch(/next-auth\.session-token$/);
  return { [name]: value };
}

/** What `/api/auth/session` answers this cookie, and whether it also clears it. */
async function sessionEndpoint(cookies: Record<string, string>) {
  const answer = await callNextAuth(["session"], "GET", cookies);
  const cleared = answer
    .cookies()
    .some((set) => SESSION_COOKIE.test(set) && /=;|Max-Age=0|Expires=Thu, 01 Jan 1970/.test(set));
  return { body: answer.body() as Record<string, unknown>, cleared };
}

async function signOut(cookies: Record<string, string>): Promise<void> {
  const { csrfToken, cookie } = await csrf();
  await callNextAuth(
    ["signout"],
    "POST",
    { ...cookies, [cookie[0]]: cookie[1] },
    { csrfToken, json: "true" },
  );
}

describe("server-side sessions", () => {
  it("S86 sign-in records the session; sign-out deletes it and the replayed cookie is signed out", async () => {
    const user = await makeUser();
    const cookies = await signedInBrowser(user.email);
    const [row] = await db().session.findMany({ where: { userId: user.id } });
    expect(row).toMatchObject({ ip: "198.51.100.7", userAgent: BROWSER["user-agent"] });

    const live = await sessionEndpoint(cookies);
    expect(live.body).toMatchObject({ userId: user.id, sessionId: row?.id, user: { email: user.email } });

    await signOut(cookies);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);

    // The browser forgot the cookie; an attacker who copied it replays it.
    const replayed = await sessionEndpoint(cookies);
    expect(replayed.body).toEqual({});
    expect(replayed.cleared).toBe(true);
  });

  it("S86 sign out everywhere: every copied cookie reports no session, name and email included", async () => {
    const user = await makeUser();
    const first = await signedInBrowser(user.email);
    const second = await signedInBrowser(user.email);
    const other = await makeUser();
    const bystander = await signedInBrowser(other.email);

    await signOutEverywhere(asSession(user.id));
    for (const cookies of [first, second]) expect((await sessionEndpoint(cookies)).body).toEqual({});
    expect((await sessionEndpoint(bystander)).body).toMatchObject({ userId: other.id });
  });

  it("S86 endSessions ends every session but the one kept", async () => {
    const user = await makeUser();
    const kept = await startSession(user.id, TEST_REQUEST);
    const ended = await startSession(user.id, TEST_REQUEST);
    await expect(endSessions(user.id, { except: kept })).resolves.toBe(1);
    await expect(sessionUserFrom({ userId: user.id, sessionId: kept })).resolves.toMatchObject({
      id: user.id,
    });
    await expect(sessionUserFrom({ userId: user.id, sessionId: ended })).resolves.toBeNull();
  });

  it("S86 a session id presented with another person's user id is signed out", async () => {
    const [owner, other] = [await makeUser(), await makeUser()];
    const sessionId = await startSession(owner.id, TEST_REQUEST);
    await expect(sessionUserFrom({ userId: other.id, sessionId })).resolves.toBeNull();
  });

  it("revoking one session from the Sessions page: only one's own, audited; the list marks this device", async () => {
    const user = await makeUser();
    const here = await startSession(user.id, { ip: "203.0.113.1", userAgent: BROWSER["user-agent"] });
    const there = await startSession(user.id, { ip: "203.0.113.2", userAgent: "curl/8.4.0" });
    const actor = { ...asSession(user.id), sessionId: here };

    const listed = await listSessions(actor);
    expect(listed.map((s) => [s._id, s.current, s.device])).toEqual(
      expect.arrayContaining([
        [here, true, "Chrome 131 on macOS"],
        [there, false, "curl 8.4.0"],
      ]),
    );

    const stranger = await makeUser();
    await expect(revokeSession(asSession(stranger.id), there)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const token = await makeAccountToken(user.id);
    await expect(revokeSession(await actorFor(token.key), there)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listSessions(await actorFor(token.key))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(2);

    await revokeSession(actor, there);
    await expect(sessionUserFrom({ userId: user.id, sessionId: there })).resolves.toBeNull();
    await expect(sessionUserFrom({ userId: user.id, sessionId: here })).resolves.not.toBeNull();
    const events = await db().auditEvent.findMany({
      where: { actorUserId: user.id, action: "account.session-revoke" },
    });
    expect(events).toMatchObject([
      { targetType: "session", targetId: there, metadata: { name: "curl 8.4.0" } },
    ]);
    await expect(revokeSession(actor, there)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("last seen is written at most once a minute, and a session unused for 30 days is over", async () => {
    const user = await makeUser();
    const start = new Date("2026-12-01T10:00:00Z");
    const sessionId = await startSession(user.id, TEST_REQUEST, start);
    const claims = { userId: user.id, sessionId };
    const lastSeen = async () =>
      (await db().session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.toISOString();

    await sessionUserFrom(claims, new Date("2026-12-01T10:00:59Z"));
    expect(await lastSeen()).toBe("2026-12-01T10:00:00.000Z");
    await sessionUserFrom(claims, new Date("2026-12-01T10:01:00Z"));
    expect(await lastSeen()).toBe("2026-12-01T10:01:00.000Z");

    await expect(sessionUserFrom(claims, new Date("2026-12-31T10:00:59Z"))).resolves.not.toBeNull();
    await expect(sessionUserFrom(claims, new Date("2027-01-30T10:01:01Z"))).resolves.toBeNull();
  });
});
