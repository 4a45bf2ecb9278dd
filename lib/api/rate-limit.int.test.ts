import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { database, directQuery } from "@/lib/db";
import { RateLimiter } from "./rate-limit";

// Two RateLimiter objects with one name stand for two app instances on one database.

const MINUTE = 60_000;
const midWindow = Math.floor(Date.now() / MINUTE) * MINUTE + MINUTE / 2;

afterEach(() => {
  vi.restoreAllMocks();
});

async function stored(name: string, key: string): Promise<number> {
  const rows = await directQuery<{ count: number }>(
    `SELECT "count" FROM "RateLimitCounter" WHERE "key" = $1 AND "windowStart" = $2`,
    [`${name}:${key}`, new Date(Math.floor(midWindow / MINUTE) * MINUTE)],
  );
  return rows[0]?.count ?? 0;
}

/** The next statement waits until `release()` is called (a slow write). */
function holdNextQuery(): () => void {
  const query = database().query.bind(database());
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(database(), "query").mockImplementationOnce(async (sql, params) => {
    await held;
    return query(sql, params);
  });
  return release;
}

async function hits(limiter: RateLimiter, key: string, count: number) {
  const decisions = [];
  for (let i = 0; i < count; i++) decisions.push(await limiter.hit(key, midWindow));
  return decisions;
}

describe("RateLimiter", () => {
  it("writes the hits of every key due in one statement, off the request's path", async () => {
    const name = `test-${randomUUID()}`;
    const limiter = new RateLimiter(name, 100);
    await hits(limiter, "a", 3);
    await hits(limiter, "b", 4);
    const query = vi.spyOn(database(), "query");
    await hits(limiter, "c", 10);
    await vi.waitFor(async () => expect(await stored(name, "c")).toBe(10));
    const writes = query.mock.calls.filter(([sql]) => sql.includes("INSERT"));
    expect(writes).toHaveLength(1);
    expect(await stored(name, "a")).toBe(3);
    expect(await stored(name, "b")).toBe(4);
  });

  it("a request does not wait for the counter store, and a failing store fails no request", async () => {
    const limiter = new RateLimiter(`test-${randomUUID()}`, 12);
    vi.spyOn(database(), "query").mockReturnValue(new Promise(() => {}));
    const decisions = await hits(limiter, "k", 12);
    expect(decisions.every((decision) => decision.allowed)).toBe(true);

    const failing = new RateLimiter(`test-${randomUUID()}`, 12);
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(database(), "query").mockRejectedValue(new Error("connect ECONNREFUSED"));
    const counted = await hits(failing, "k", 13);
    expect(counted.slice(0, 12).every((decision) => decision.allowed)).toBe(true);
    expect(counted[12]).toMatchObject({ allowed: false, remaining: 0 });
  });

  it("hits counted while a write is in flight are written by the next one, none lost", async () => {
    const name = `test-${randomUUID()}`;
    const limiter = new RateLimiter(name, 1000, { syncEvery: 5 });
    const release = holdNextQuery();
    await hits(limiter, "k", 5);
    await hits(limiter, "k", 7);
    release();
    await vi.waitFor(async () => expect(await stored(name, "k")).toBe(12));
  });

  it("hits in a write still under way count: the hit past the limit is refused meanwhile", async () => {
    const limiter = new RateLimiter(`test-${randomUUID()}`, 12, { syncEvery: 5 });
    const release = holdNextQuery();
    const decisions = await hits(limiter, "k", 13);
    expect(decisions.slice(0, 12).every((decision) => decision.allowed)).toBe(true);
    expect(decisions[12]).toMatchObject({ allowed: false, remaining: 0 });
    expect(limiter.isBlocked("k", midWindow)).not.toBeNull();
    release();
  });

  it("instances share their counts: one decides on what the other wrote", async () => {
    const name = `test-${randomUUID()}`;
    const [a, b] = [new RateLimiter(name, 15), new RateLimiter(name, 15)];
    await hits(a, "k", 10);
    await vi.waitFor(async () => expect(await stored(name, "k")).toBe(10));
    const decisions = await hits(b, "k", 10);
    expect(decisions.every((decision) => decision.allowed)).toBe(true);
    await vi.waitFor(async () => expect(await stored(name, "k")).toBe(20));
    expect(await b.hit("k", midWindow)).toMatchObject({ allowed: false, remaining: 0 });
    expect(b.isBlocked("k", midWindow)).not.toBeNull();
  });

  it("with syncEvery 1 hits arriving together are each decided on their own place in the count (S90)", async () => {
    const limiter = new RateLimiter(`test-${randomUUID()}`, 30, { syncEvery: 1 });
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.hit("k", midWindow)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(30);
  });

  it("with syncEvery 1 every hit is written before it is decided, so instances never overshoot", async () => {
    const name = `test-${randomUUID()}`;
    const [a, b] = [new RateLimiter(name, 2, { syncEvery: 1 }), new RateLimiter(name, 2, { syncEvery: 1 })];
    expect((await a.hit("k", midWindow)).allowed).toBe(true);
    expect((await b.hit("k", midWindow)).allowed).toBe(true);
    expect(await stored(name, "k")).toBe(2);
    expect(await a.hit("k", midWindow)).toMatchObject({ allowed: false, remaining: 0 });
    await b.forgive("k", midWindow);
    expect(await stored(name, "k")).toBe(2);
  });
});
