import "server-only";
import { db, directQuery } from "@/lib/db";

// Fixed windows (one minute by default) counted in PostgreSQL, so limits hold across app
// instances. Each process batches its increments (every `syncEvery` hits, or once a second) so
// that a request rarely pays a write; an instance can overshoot a limit by at most `syncEvery`
// before it sees the shared count. A failing counter store never fails the request.

const SYNC_AFTER_MS = 1_000;
const MAX_KEYS = 100_000;

export type RateLimiterOptions = {
  /** Length of the fixed window. */
  windowMs?: number;
  /** Hits batched in memory before they are written; 1 writes (and reads back) every hit. */
  syncEvery?: number;
};

export type RateLimitDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

type KeyState = { window: number; shared: number; pending: number; lastSync: number };

export class RateLimiter {
  private readonly state = new Map<string, KeyState>();

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
    entry.pending += 1;
    if (entry.pending >= this.syncEvery || now - entry.lastSync >= SYNC_AFTER_MS)
      await this.sync(key, entry, now);
    return this.decide(entry, now);
  }

  /** Takes back a hit counted at `now` (e.g. an attempt that turned out to be legitimate). */
  async forgive(key: string, now = Date.now()): Promise<void> {
    const entry = this.entry(key, now);
    entry.pending -= 1;
    await this.sync(key, entry, now);
  }

  /** Whether `key` is already over its limit in this window, as far as this process knows. */
  isBlocked(key: string, now = Date.now()): RateLimitDecision | null {
    const entry = this.state.get(key);
    if (!entry || entry.window !== Math.floor(now / this.windowMs)) return null;
    const decision = this.decide(entry, now);
    return decision.allowed ? null : decision;
  }

  private entry(key: string, now: number): KeyState {
    const window = Math.floor(now / this.windowMs);
    let entry = this.state.get(key);
    if (!entry || entry.window !== window) {
      if (this.state.size >= MAX_KEYS) this.state.clear();
      entry = { window, shared: 0, pending: 0, lastSync: now };
      this.state.set(key, entry);
    }
    return entry;
  }

  private decide(entry: KeyState, now: number): RateLimitDecision {
    const used = entry.shared + entry.pending;
    const resetSeconds = Math.max(1, Math.ceil(((entry.window + 1) * this.windowMs - now) / 1000));
    return {
      allowed: used <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - used),
      resetSeconds,
    };
  }

  private async sync(key: string, entry: KeyState, now: number): Promise<void> {
    const delta = entry.pending;
    entry.pending = 0;
    entry.lastSync = now;
    const windowStart = new Date(entry.window * this.windowMs);
    try {
      const rows = await directQuery<{ count: number }>(
        `INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES ($1, $2, $3)
         ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + EXCLUDED."count"
         RETURNING "count"`,
        [`${this.name}:${key}`, windowStart, delta],
      );
      entry.shared = rows[0]?.count ?? entry.shared + delta;
      if (Math.random() < 0.01) void this.prune(windowStart);
    } catch (error) {
      entry.shared += delta;
      console.error(`[rate-limit] counter store unavailable: ${(error as Error).message}`);
    }
  }

  // Only this limiter's rows: limiters with longer windows keep theirs.
  private async prune(currentWindow: Date): Promise<void> {
    await db()
      .$executeRaw`DELETE FROM "RateLimitCounter" WHERE starts_with("key", ${`${this.name}:`}) AND "windowStart" < ${new Date(currentWindow.getTime() - this.windowMs)}`.catch(
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
