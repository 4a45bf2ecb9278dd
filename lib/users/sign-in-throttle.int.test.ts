import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "@/test/factories";
import { authenticate } from "./authenticate";
import { DUMMY_PASSWORD_HASH } from "./password";
import { FAILURES_PER_EMAIL, FAILURES_PER_IP, SIGN_IN_WINDOW_MS } from "./sign-in-throttle";

// Records which hash every password check ran against, to prove unknown emails cost the same.
const verified = vi.hoisted(() => [] as string[]);
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...actual,
    verify: (hashed: string, password: string) => {
      verified.push(hashed);
      return actual.verify(hashed, password);
    },
  };
});

/** A client address of its own per test, so tests never share the per-IP count. */
function freshRequest() {
  return { ip: `198.51.100.${uniqueSuffix()}`, userAgent: "vitest" };
}

async function settle(
  credentials: { email: string; password: string },
  request: { ip: string; userAgent: string },
) {
  return authenticate(credentials, request).then(
    (user) => ({ outcome: user ? "ok" : "refused" }) as const,
    (error: { code?: string; message?: string; retryAfter?: number }) =>
      ({ outcome: "error", code: error.code, message: error.message, retryAfter: error.retryAfter }) as const,
  );
}

function costOf(hash: string): string {
  return hash.split("$").slice(0, 4).join("$");
}

describe("S64 sign-in throttling", () => {
  // The limits count in fixed 15-minute windows: a test that straddled a boundary would see its
  // count restart (it did, once, at 00:30:00). The clock stands still mid-window instead.
  beforeEach(() => {
    const windowStart = Math.floor(Date.now() / SIGN_IN_WINDOW_MS) * SIGN_IN_WINDOW_MS;
    vi.useFakeTimers({ toFake: ["Date"], now: windowStart + SIGN_IN_WINDOW_MS / 2 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`S64 ${FAILURES_PER_EMAIL} wrong passwords on one account, then throttled even with the right password, from any address`, async () => {
    const user = await makeUser();
    for (let i = 0; i < FAILURES_PER_EMAIL; i++) {
      await expect(
        authenticate({ email: user.email, password: `wrong-${i}` }, freshRequest()),
      ).resolves.toBeNull();
    }
    const throttled = await settle(
      { email: user.email.toUpperCase(), password: TEST_PASSWORD },
      freshRequest(),
    );
    expect(throttled).toMatchObject({ outcome: "error", code: "RATE_LIMITED" });
    expect(throttled).toHaveProperty(
      "message",
      expect.stringMatching(/^Too many attempts — try again in \d+ minutes?\.$/),
    );
    const retryAfter = (throttled as { retryAfter: number }).retryAfter;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_WINDOW_MS / 1000);
    const counters = await db().rateLimitCounter.findMany({
      where: { key: { startsWith: "sign-in-email:" } },
    });
    expect(counters.every((row) => !row.key.includes(user.email))).toBe(true);
  });

  it("S64 an unknown email and a wrong password get the same answers, the same throttle and the same argon2 work", async () => {
    const user = await makeUser();
    const unknown = `nobody-${uniqueSuffix()}@example.test`;
    const known = [];
    const missing = [];
    for (let i = 0; i <= FAILURES_PER_EMAIL; i++) {
      verified.length = 0;
      known.push(await settle({ email: user.email, password: "wrong password!" }, freshRequest()));
      const knownHashes = [...verified];
      verified.length = 0;
      missing.push(await settle({ email: unknown, password: "wrong password!" }, freshRequest()));
      const unknownHashes = [...verified];
      // Both ran one argon2id verification of the same cost (none once throttled).
      expect(unknownHashes.map(costOf)).toEqual(knownHashes.map(costOf));
    }
    expect(missing).toEqual(known);
    expect(known.at(-1)).toMatchObject({ outcome: "error", code: "RATE_LIMITED" });
    expect(known.slice(0, -1).every((result) => result.outcome === "refused")).toBe(true);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(costOf(DUMMY_PASSWORD_HASH)).toBe(costOf(row.passwordHash));
  });

  it(`S64 ${FAILURES_PER_IP} failures from one address throttle it for every email; other addresses are unaffected`, async () => {
    const user = await makeUser();
    const attacker = freshRequest();
    for (let i = 0; i < FAILURES_PER_IP; i++) {
      await expect(
        authenticate({ email: `guess-${i}-${uniqueSuffix()}@example.test`, password: "password1" }, attacker),
      ).resolves.toBeNull();
    }
    await expect(settle({ email: user.email, password: TEST_PASSWORD }, attacker)).resolves.toMatchObject({
      outcome: "error",
      code: "RATE_LIMITED",
    });
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD }, freshRequest()),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("S64 successful sign-ins are not counted as failures", async () => {
    const user = await makeUser();
    const request = freshRequest();
    for (let i = 0; i < FAILURES_PER_EMAIL - 1; i++) {
      await authenticate({ email: user.email, password: "wrong password!" }, request);
    }
    for (let i = 0; i < 3; i++) {
      await expect(
        authenticate({ email: user.email, password: TEST_PASSWORD }, request),
      ).resolves.toMatchObject({ id: user.id });
    }
    await expect(
      authenticate({ email: user.email, password: "wrong password!" }, request),
    ).resolves.toBeNull();
    await expect(settle({ email: user.email, password: TEST_PASSWORD }, request)).resolves.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("S64 parallel guesses cannot slip past the limit", async () => {
    const user = await makeUser();
    const results = await Promise.all(
      Array.from({ length: FAILURES_PER_EMAIL * 2 }, (_, i) =>
        settle({ email: user.email, password: `parallel-${i}` }, freshRequest()),
      ),
    );
    expect(results.filter((result) => result.outcome === "refused")).toHaveLength(FAILURES_PER_EMAIL);
    expect(
      results.filter((result) => result.outcome === "error" && result.code === "RATE_LIMITED"),
    ).toHaveLength(FAILURES_PER_EMAIL);
  });
});
