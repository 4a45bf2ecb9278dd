import "server-only";
import { db, directQuery } from "@/lib/db";

// Fixed windows (one minute by default) counted in PostgreSQL, so limits hold across app
// instances. Each process counts hits in memory and writes them in batches: one statement for all
// of a limiter's keys, once a key has `syncEvery` unwritten hits or a second has passed, never
// more than one statement in flight. A request does not wait for that write: it is decided on
// what this process knows (the shared count from the last write, plus its own hits since), so an
// instance can overshoot a limit by what the other instances counted since its last write. A
// limiter with `syncEvery: 1` (the sign-in and e-mail throttles) writes each hit at once and
// decides on the count that write returns: exact across instances, even for hits that arrive
// together. A failing counter store never fails the request.

const SYNC_AFTER_MS = 1_000;
const MAX_KEYS = 100_000;

export type RateLimiterOptions = {
  /** Length of the fixed window. */
  windowMs?: number;
  /** Unwritten hits on one key that start a write; 1 writes (and reads back) each hit before deciding. */
  syncEvery?: number;
};

export type RateLimitDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

/**
 * `shared`: the count the last write returned; `inFlight`: hits in the write under way;
 * `pending`: hits counted since.
 */
type KeyState = { window: number; shared: number; inFlight: number; pending: number; lastSync: number };

function counted(entry: KeyState): number {
  return entry.shared + entry.inFlight + entry.pending;
}

// One statement for a batch; rows in key order, so two instances writing the same keys lock them
// in the same order (no deadlock).
const ADD_COUNTS = `
  INSERT INTO "RateLimitCounter" ("key", "windowStart", "count")
  SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::int[])
  ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + EXCLUDED."count"
  RETURNING "key", "count"`;

export class RateLimiter {
  private readonly state = new Map<string, KeyState>();
  /** The write in flight, and the one queued behind it for hits counted meanwhile. */
  private writing: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  private readonly windowMs: number;
  private readonly syncEvery: number;

  constructor(
    private readonly name: string,
    readonly limit: number,
    { windowMs = 60_000, syncEvery = 10 }: RateLimiterOptions = {},
  ) {
    this.windowMs = windowMs;
    this.syncEvery = syncEvery;
  }

  /** Counts one hit for `key` and says whether it is within the limit. */
  async hit(key: string, now = Date.now()): Promise<RateLimitDecision> {
    const entry = this.entry(key, now);
    if (this.syncEvery === 1) return this.decide(entry, now, await this.add(key, entry, 1));
    entry.pending += 1;
    if (entry.pending >= this.syncEvery || now - entry.lastSync >= SYNC_AFTER_MS) void this.flush(now);
    return this.decide(entry, now, counted(entry));
  }

  /** Takes back a hit counted at `now` (e.g. an attempt that turned out to be legitimate). */
  async forgive(key: string, now = Date.now()): Promise<void> {
    const entry = this.entry(key, now);
    if (this.syncEvery === 1) await this.add(key, entry, -1);
    else entry.pending -= 1;
  }

  /** Whether `key` is already over its limit in this window, as far as this process knows. */
  isBlocked(key: string, now = Date.now()): RateLimitDecision | null {
    const entry = this.state.get(key);
    if (!entry || entry.window !== Math.floor(now / this.windowMs)) return null;
    const decision = this.decide(entry, now, counted(entry));
    return decision.allowed ? null : decision;
  }

  private entry(key: string, now: number): KeyState {
    const window = Math.floor(now / this.windowMs);
    let entry = this.state.get(key);
    if (!entry || entry.window !== window) {
      if (this.state.size >= MAX_KEYS) this.state.clear();
      entry = { window, shared: 0, inFlight: 0, pending: 0, lastSync: now };
      this.state.set(key, entry);
    }
    return entry;
  }

  private decide(entry: KeyState, now: number, used: number): RateLimitDecision {
    const resetSeconds = Math.max(1, Math.ceil(((entry.window + 1) * this.windowMs - now) / 1000));
    return {
      allowed: used <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - used),
      resetSeconds,
    };
  }

  /**
   * With `syncEvery: 1`: writes one key's change at once and returns the shared count right after
   * it, so concurrent hits (from any instance) are each decided on their own place in the count.
   */
  private async add(key: string, entry: KeyState, delta: number): Promise<number> {
    try {
      const rows = await directQuery<{ count: number }>(ADD_COUNTS, [
        [`${this.name}:${key}`],
        [new Date(entry.window * this.windowMs)],
        [delta],
      ]);
      entry.shared = rows[0]?.count ?? entry.shared + delta;
      if (Math.random() < 0.01) void this.prune(entry.window * this.windowMs);
    } catch (error) {
      entry.shared += delta;
      console.error(`[rate-limit] counter store unavailable: ${(error as Error).message}`);
    }
    return entry.shared;
  }

  /** Starts a write of every counted hit, or queues one behind the write in flight. */
  private flush(now: number): Promise<void> {
    if (!this.writing) {
      this.writing = this.write(now).finally(() => {
        this.writing = null;
      });
      return this.writing;
    }
    this.queued ??= this.writing.then(() => {
      this.queued = null;
      return this.flush(Date.now());
    });
    return this.queued;
  }

  private async write(now: number): Promise<void> {
    const batch = [...this.state]
      .filter(([, entry]) => entry.pending !== 0)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    if (batch.length === 0) return;
    const deltas = batch.map(([, entry]) => entry.pending);
    for (const [, entry] of batch) {
      entry.inFlight += entry.pending;
      entry.pending = 0;
      entry.lastSync = now;
    }
    const windowStarts = batch.map(([, entry]) => new Date(entry.window * this.windowMs));
    try {
      const rows = await directQuery<{ key: string; count: number }>(ADD_COUNTS, [
        batch.map(([key]) => `${this.name}:${key}`),
        windowStarts,
        deltas,
      ]);
      const counts = new Map(rows.map((row) => [row.key, row.count]));
      batch.forEach(([key, entry], index) => {
        entry.inFlight -= deltas[index]!;
        entry.shared = counts.get(`${this.name}:${key}`) ?? entry.shared + deltas[index]!;
      });
      if (Math.random() < 0.01) void this.prune(now);
    } catch (error) {
      batch.forEach(([, entry], index) => {
        entry.inFlight -= deltas[index]!;
        entry.shared += deltas[index]!;
      });
      console.error(`[rate-limit] counter store unavailable: ${(error as Error).message}`);
    }
  }

  // Only this limiter's rows, and only windows before the previous one: limiters with longer
  // windows keep theirs.
  private async prune(now: number): Promise<void> {
    const before = new Date((Math.floor(now / this.windowMs) - 1) * this.windowMs);
    await db()
      .$executeRaw`DELETE FROM "RateLimitCounter" WHERE starts_with("key", ${`${this.name}:`}) AND "windowStart" < ${before}`.catch(
      () => undefined,
    );
  }
}

/** Invalid secrets per client address: guessing is slow, honest clients are unaffected. */
export const invalidSecretLimiter = new RateLimiter("invalid-secret-ip", 60);
/** Requests per valid secret per minute. */
export const secretQuotaLimiter = new RateLimiter("secret-quota", 600);

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
  };
}
