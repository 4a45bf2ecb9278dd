import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "@/test/factories";
import { authenticate } from "./authenticate";
import { DUMMY_PASSWORD_HASH } from "./password";
import { CHECK_WINDOW_MS, CHECKS_PER_ADDRESS, delayAfterFailures, FREE_FAILURES } from "./sign-in-throttle";
import { db } from "@/lib/db";

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

/** A client address of its own per test, so tests never share a per-address count. */
function freshRequest() {
  return { ip: `198.51.100.${uniqueSuffix()}`, userAgent: "vitest" };
}

type Request = { ip: string; userAgent: string };

async function settle(credentials: { email: string; password: string }, request: Request) {
  return authenticate(credentials, request).then(
    (user) => ({ outcome: user ? "ok" : "refused" }) as const,
    (error: { code?: string; message?: string; retryAfter?: number }) =>
      ({ outcome: "error", code: error.code, message: error.message, retryAfter: error.retryAfter }) as const,
  );
}

function costOf(hash: string): string {
  return hash.split("$").slice(0, 4).join("$");
}

let now = 0;
function advance(ms: number) {
  now += ms;
  vi.setSystemTime(now);
}

describe("sign-in throttling", () => {
  // The per-address ceiling counts in fixed windows: the clock stands still at a window's start.
  beforeEach(() => {
    now = Math.ceil(Date.now() / CHECK_WINDOW_MS) * CHECK_WINDOW_MS + CHECK_WINDOW_MS;
    vi.useFakeTimers({ toFake: ["Date"], now });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`S91 ${FREE_FAILURES * 2} wrong passwords from an attacker's address slow the attacker, not the owner at home`, async () => {
    const user = await makeUser();
    const attacker = freshRequest();
    const results = [];
    for (let i = 0; i < FREE_FAILURES * 2; i++) {
      results.push(await settle({ email: user.email, password: `wrong-${i}` }, attacker));
      advance(1);
    }
    expect(results.slice(0, FREE_FAILURES).every((result) => result.outcome === "refused")).toBe(true);
    // Once the free failures are spent, even the right password waits, from that address.
    const throttled = await settle({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, attacker);
    expect(throttled).toMatchObject({ outcome: "error", code: "RATE_LIMITED" });
    expect(throttled).toHaveProperty(
      "message",
      expect.stringMatching(/^Too many attempts — try again in \d+ seconds?\.$/),
    );
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD }, freshRequest()),
    ).resolves.toMatchObject({ id: user.id });
    const counters = await db().signInFailure.findMany();
    expect(counters.every((row) => !row.key.includes(user.email))).toBe(true);
  });

  it("S64 failures of one (email, address) pair earn doubling delays, and the wait is honoured to the second", async () => {
    const user = await makeUser();
    const request = freshRequest();
    for (let i = 0; i < FREE_FAILURES; i++) {
      await expect(authenticate({ email: user.email, password: `wrong-${i}` }, request)).resolves.toBeNull();
    }
    for (let failures = FREE_FAILURES; failures < FREE_FAILURES + 3; failures++) {
      const wait = delayAfterFailures(failures);
      const early = await settle({ email: user.email, password: "wrong again" }, request);
      expect(early).toMatchObject({ code: "RATE_LIMITED", retryAfter: Math.ceil(wait / 1000) });
      advance(wait);
      await expect(authenticate({ email: user.email, password: "wrong again" }, request)).resolves.toBeNull();
    }
    expect(delayAfterFailures(FREE_FAILURES + 1)).toBe(2 * delayAfterFailures(FREE_FAILURES));
    expect(delayAfterFailures(1000)).toBe(15 * 60 * 1000);
  });

  it("S64 an unknown email and a wrong password get the same answers, the same throttle and the same argon2 work", async () => {
    const user = await makeUser();
    const unknown = `nobody-${uniqueSuffix()}@example.test`;
    const request = freshRequest();
    const known = [];
    const missing = [];
    for (let i = 0; i <= FREE_FAILURES; i++) {
      verified.length = 0;
      known.push(await settle({ email: user.email, password: "wrong password!" }, request));
      const knownHashes = [...verified];
      verified.length = 0;
      missing.push(await settle({ email: unknown, password: "wrong password!" }, request));
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

  it("S64 a successful sign-in clears its pair's failures", async () => {
    const user = await makeUser();
    const request = freshRequest();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < FREE_FAILURES - 1; i++) {
        await expect(authenticate({ email: user.email, password: "wrong!" }, request)).resolves.toBeNull();
      }
      await expect(
        authenticate({ email: user.email, password: TEST_PASSWORD }, request),
      ).resolves.toMatchObject({ id: user.id });
    }
  });

  it("S64 parallel guesses cannot slip past the delay", async () => {
    const user = await makeUser();
    const request = freshRequest();
    const results = await Promise.all(
      Array.from({ length: FREE_FAILURES * 3 }, (_, i) =>
        settle({ email: user.email, password: `parallel-${i}` }, request),
      ),
    );
    expect(results.filter((result) => result.outcome === "refused")).toHaveLength(FREE_FAILURES);
    expect(results.filter((result) => "code" in result && result.code === "RATE_LIMITED")).toHaveLength(
      FREE_FAILURES * 2,
    );
  });

  it(`S90 50 password checks in a second from one address: throttled after ${CHECKS_PER_ADDRESS}; other addresses unaffected`, async () => {
    const user = await makeUser();
    const sprayer = freshRequest();
    const results = [];
    for (let i = 0; i < 50; i++) {
      results.push(
        await settle({ email: `spray-${i}-${uniqueSuffix()}@example.test`, password: "password1!" }, sprayer),
      );
    }
    expect(results.filter((result) => result.outcome === "refused")).toHaveLength(CHECKS_PER_ADDRESS);
    expect(results.filter((result) => "code" in result && result.code === "RATE_LIMITED")).toHaveLength(
      50 - CHECKS_PER_ADDRESS,
    );
    await expect(settle({ email: user.email, password: TEST_PASSWORD }, sprayer)).resolves.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD }, freshRequest()),
    ).resolves.toMatchObject({ id: user.id });
    // The ceiling is per window: the next one starts afresh.
    advance(CHECK_WINDOW_MS);
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD }, sprayer),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("S90 an IPv6 client is one address per /64, whichever of its addresses it uses", async () => {
    const user = await makeUser();
    const prefix = `2001:db8:${uniqueSuffix().slice(0, 4)}:1`;
    for (let i = 0; i < FREE_FAILURES; i++) {
      await authenticate(
        { email: user.email, password: "wrong!" },
        { ip: `${prefix}::${i + 1}`, userAgent: "vitest" },
      );
    }
    await expect(
      settle(
        { email: user.email, password: TEST_PASSWORD },
        { ip: `${prefix}:ffff::99`, userAgent: "vitest" },
      ),
    ).resolves.toMatchObject({ code: "RATE_LIMITED" });
  });
});
