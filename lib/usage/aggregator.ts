import "server-only";
import type { UsedSecret } from "@/lib/credentials/last-used";

// Requests are counted here, in memory, and written in batches (write-batch.ts): a request costs
// a few map operations, never a database write. Everything kept is bounded, so a flood of
// addresses or refusals cannot grow the process without limit.

/** Distinct client addresses kept per credential (the least recently seen go first). */
export const MAX_IPS_PER_CREDENTIAL = 50;
/** Refused requests kept per credential (the oldest go first). */
export const MAX_REFUSALS_PER_CREDENTIAL = 20;
/** Statuses that are refusals, listed with their reason. */
export const REFUSAL_STATUSES: ReadonlySet<number> = new Set([401, 403, 429]);

const HOUR_MS = 3_600_000;

export type UsageEvent = {
  credentialId: string;
  secret: UsedSecret;
  /** The catalogue's operation id. */
  operation: string;
  /** The website the request acted on; "" when none. */
  websiteId: string;
  status: number;
  ip: string | null;
  at: Date;
  /** Why a refusal (401/403/429) was refused; ignored for other statuses. */
  reason?: string;
};

export type CountRow = {
  credentialId: string;
  secret: UsedSecret;
  operation: string;
  websiteId: string;
  statusClass: number;
  hour: Date;
  count: number;
};
export type IpRow = { credentialId: string; ip: string; firstSeenAt: Date; lastSeenAt: Date; count: number };
export type RefusalRow = {
  credentialId: string;
  at: Date;
  status: number;
  operation: string;
  reason: string;
  ip: string | null;
};

export type UsageBatch = { counts: CountRow[]; ips: IpRow[]; refusals: RefusalRow[] };

export function statusClass(status: number): number {
  return Math.min(5, Math.max(2, Math.floor(status / 100)));
}

export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

export class UsageAggregator {
  private counts = new Map<string, CountRow>();
  private ips = new Map<string, Map<string, IpRow>>();
  private refusals = new Map<string, RefusalRow[]>();

  /** How many count rows wait: the recorder flushes early past its bound. */
  get size(): number {
    return this.counts.size;
  }

  record(event: UsageEvent): void {
    this.addCount({
      credentialId: event.credentialId,
      secret: event.secret,
      operation: event.operation,
      websiteId: event.websiteId,
      statusClass: statusClass(event.status),
      hour: hourOf(event.at),
      count: 1,
    });
    if (event.ip) this.noteIp(event.credentialId, event.ip.slice(0, 64), event.at);
    if (REFUSAL_STATUSES.has(event.status)) this.noteRefusal(event);
  }

  /** Everything counted since the last drain; the aggregator starts empty again. */
  drain(): UsageBatch {
    const batch: UsageBatch = {
      counts: [...this.counts.values()],
      ips: [...this.ips.values()].flatMap((seen) => [...seen.values()]),
      refusals: [...this.refusals.values()].flat(),
    };
    this.counts = new Map();
    this.ips = new Map();
    this.refusals = new Map();
    return batch;
  }

  /** Puts back a batch that could not be written, so the next flush retries it. */
  restore(batch: UsageBatch): void {
    for (const row of batch.counts) this.addCount(row);
    for (const ip of batch.ips) this.noteIp(ip.credentialId, ip.ip, ip.lastSeenAt, ip);
    for (const refusal of batch.refusals) this.noteRefusal({ ...refusal, secret: "current", websiteId: "" });
  }

  private addCount(row: CountRow): void {
    const key = `${row.credentialId}|${row.secret}|${row.operation}|${row.websiteId}|${row.statusClass}|${row.hour.getTime()}`;
    const counted = this.counts.get(key);
    if (counted) counted.count += row.count;
    else this.counts.set(key, { ...row });
  }

  private noteIp(credentialId: string, ip: string, at: Date, earlier?: IpRow): void {
    let seen = this.ips.get(credentialId);
    if (!seen) this.ips.set(credentialId, (seen = new Map()));
    const row = seen.get(ip);
    if (row) {
      row.lastSeenAt = at > row.lastSeenAt ? at : row.lastSeenAt;
      row.firstSeenAt =
        earlier && earlier.firstSeenAt < row.firstSeenAt ? earlier.firstSeenAt : row.firstSeenAt;
      row.count += earlier?.count ?? 1;
      // Map order is insertion order: moving it to the end keeps the least recently seen first.
      seen.delete(ip);
      seen.set(ip, row);
      return;
    }
    seen.set(ip, {
      credentialId,
      ip,
      firstSeenAt: earlier?.firstSeenAt ?? at,
      lastSeenAt: at,
      count: earlier?.count ?? 1,
    });
    if (seen.size > MAX_IPS_PER_CREDENTIAL) seen.delete(seen.keys().next().value!);
  }

  private noteRefusal(event: UsageEvent): void {
    let list = this.refusals.get(event.credentialId);
    if (!list) this.refusals.set(event.credentialId, (list = []));
    list.push({
      credentialId: event.credentialId,
      at: event.at,
      status: event.status,
      operation: event.operation,
      reason: (event.reason ?? "").slice(0, 300),
      ip: event.ip?.slice(0, 64) ?? null,
    });
    if (list.length > MAX_REFUSALS_PER_CREDENTIAL) list.shift();
  }
}
