import "server-only";
import { db } from "@/lib/db";

// Fixed one-minute windows counted in PostgreSQL, so limits hold across app instances. Each
// process batches its increments (every SYNC_EVERY hits, or once a second) so that a request
// rarely pays a write; an instance can overshoot a limit by at most SYNC_EVERY before it sees
// the shared count. A failing counter store never fails the request.

const WINDOW_MS = 60_000;
const SYNC_EVERY = 10;
const SYNC_AFTER_MS = 1_000;
const MAX_KEYS = 100_000;

export type RateLimitDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

type KeyState = { window: number; shared: number; pending: number; lastSync: number };

export class RateLimiter {
  private readonly state = new Map<string, KeyState>();

  constructor(
    private readonly name: string,
    readonly limit: number,
  ) {}

  /** Counts one hit for `key` and says whether it is within the limit. */
  async hit(key: string, now = Date.now()): Promise<RateLimitDecision> {
    const window = Math.floor(now / WINDOW_MS);
    let entry = this.state.get(key);
    if (!entry || entry.window !== window) {
      if (this.state.size >= MAX_KEYS) this.state.clear();
      entry = { window, shared: 0, pending: 0, lastSync: now };
      this.state.set(key, entry);
    }
    entry.pending += 1;
    if (entry.pending >= SYNC_EVERY || now - entry.lastSync >= SYNC_AFTER_MS) await this.sync(key, entry, now);
    return this.decide(entry, now);
  }

  /** Whether `key` is already over its limit in this window, as far as this process knows. */
  isBlocked(key: string, now = Date.now()): RateLimitDecision | null {
    const entry = this.state.get(key);
    if (!entry || entry.window !== Math.floor(now / WINDOW_MS)) return null;
    const decision = this.decide(entry, now);
    return decision.allowed ? null : decision;
  }

  private decide(entry: KeyState, now: number): RateLimitDecision {
    const used = entry.shared + entry.pending;
    const resetSeconds = Math.max(1, Math.ceil(((entry.window + 1) * WINDOW_MS - now) / 1000));
    return { allowed: used <= this.limit, limit: this.limit, remaining: Math.max(0, this.limit - used), resetSeconds };
  }

  private async sync(key: string, entry: KeyState, now: number): Promise<void> {
    const delta = entry.pending;
    entry.pending = 0;
    entry.lastSync = now;
    const windowStart = new Date(entry.window * WINDOW_MS);
    try {
      const rows = await db().$queryRaw<{ count: number }[]>`
        INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${`${this.name}:${key}`}, ${windowStart}, ${delta})
        ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + EXCLUDED."count"
        RETURNING "count"`;
      entry.shared = rows[0]?.count ?? entry.shared + delta;
      if (Math.random() < 0.01) void this.prune(windowStart);
    } catch (error) {
      entry.shared += delta;
      console.error(`[rate-limit] counter store unavailable: ${(error as Error).message}`);
    }
  }

  private async prune(currentWindow: Date): Promise<void> {
    await db()
      .$executeRaw`DELETE FROM "RateLimitCounter" WHERE "windowStart" < ${new Date(currentWindow.getTime() - WINDOW_MS)}`
      .catch(() => undefined);
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
