import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NextAuthOptions } from "next-auth";

// currentUser() against whatever next-auth's session lookup may hand back. next-auth itself is
// stood in for by a minimal getServerSession that runs the app's real callbacks on a decoded
// token (as its session route does) and answers null when they throw; the database is the one
// statement sessionUserFrom runs.

const directQuery = vi.fn();
let lookup: (options: NextAuthOptions) => Promise<unknown>;

vi.mock("next-auth", () => ({
  getServerSession: (options: NextAuthOptions) => lookup(options),
}));
vi.mock("next/server", () => ({ connection: async () => undefined }));
vi.mock("next/navigation", () => ({ redirect: vi.fn() }));
vi.mock("@/lib/db", () => ({ directQuery: (...args: unknown[]) => directQuery(...args), db: vi.fn() }));
vi.mock("@/lib/env", () => ({ env: () => ({ authSecret: "s".repeat(32) }) }));

const { currentUser } = await import("./session");

const USER_ID = "0193a000-0000-7000-8000-000000000001";
const SESSION_ID = "5f2b3c4d-0000-4000-8000-000000000002";
const AUTHENTICATED_AT = new Date("2026-12-05T09:00:00Z");
const row = {
  id: USER_ID,
  email: "u@keyward.test",
  name: "U",
  lastSeenAt: new Date(),
  authenticatedAt: AUTHENTICATED_AT,
};

/** As next-auth's session route: jwt callback, then session callback; a throw means "no session". */
function decodes(token: Record<string, unknown>) {
  lookup = async (options) => {
    try {
      const checked = await options.callbacks!.jwt!({ token } as never);
      return await options.callbacks!.session!({
        session: { expires: "2099-01-01" },
        token: checked,
      } as never);
    } catch {
      return null;
    }
  };
}

beforeEach(() => {
  directQuery.mockReset();
  directQuery.mockResolvedValue([row]);
});

describe("currentUser", () => {
  it.each([
    ["a rejected lookup", () => Promise.reject(new Error("JWT decryption failed"))],
    ["an Error object", () => Promise.resolve(new Error("JWEDecryptionFailed"))],
    ["an error-shaped object", () => Promise.resolve({ error: "SessionRequired" })],
    ["{}", () => Promise.resolve({})],
    ["null", () => Promise.resolve(null)],
    ["a session no callback vouched for", () => Promise.resolve({ userId: USER_ID, sessionId: SESSION_ID })],
  ])("S52 treats %s as signed out, without a database lookup", async (_label, answer) => {
    lookup = answer;
    await expect(currentUser()).resolves.toBeNull();
    expect(directQuery).not.toHaveBeenCalled();
  });

  it.each([
    ["no session id (a cookie from before server-side sessions)", { sub: USER_ID, sv: 0 }],
    ["an empty session id", { sub: USER_ID, sid: "" }],
    ["a session id that is not a uuid", { sub: USER_ID, sid: "x' OR 1=1 --" }],
    ["no user id", { sid: SESSION_ID }],
  ])("S52 treats a token with %s as signed out, without a database lookup", async (_label, token) => {
    decodes(token);
    await expect(currentUser()).resolves.toBeNull();
    expect(directQuery).not.toHaveBeenCalled();
  });

  it("S86 a session whose record is gone (signed out, revoked, user deleted) is signed out", async () => {
    decodes({ sub: USER_ID, sid: SESSION_ID });
    directQuery.mockResolvedValueOnce([]);
    await expect(currentUser()).resolves.toBeNull();
    expect(directQuery).toHaveBeenCalledWith(expect.stringContaining('FROM "Session"'), [
      SESSION_ID,
      USER_ID,
      expect.any(Date),
    ]);
  });

  it("S52 a live session is signed in, with name and email from the database, in one statement", async () => {
    decodes({ sub: USER_ID, sid: SESSION_ID, name: "Forged", email: "forged@evil.example" });
    await expect(currentUser()).resolves.toEqual({
      id: USER_ID,
      email: "u@keyward.test",
      name: "U",
      sessionId: SESSION_ID,
      authenticatedAt: AUTHENTICATED_AT,
    });
    // Seen just now: no "last seen" write.
    expect(directQuery).toHaveBeenCalledTimes(1);
  });

  it("S74 a database that cannot answer is an error, not a sign-out", async () => {
    decodes({ sub: USER_ID, sid: SESSION_ID });
    const down = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    directQuery.mockRejectedValueOnce(down);
    await expect(currentUser()).rejects.toBe(down);
  });
});
