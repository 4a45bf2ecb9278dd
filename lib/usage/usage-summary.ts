import "server-only";
import { db } from "@/lib/db";
import { TOP_OPERATIONS, USAGE_DAYS, type CredentialUsageDto } from "./dto";

const DAY_MS = 86_400_000;

type DayRow = { day: Date; statusClass: number; count: bigint | number };

function dayKey(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The first instant of the usage window: midnight UTC, USAGE_DAYS - 1 days before today. */
export function usageWindowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - (USAGE_DAYS - 1) * DAY_MS);
}

function perDay(rows: DayRow[], since: Date): CredentialUsageDto["days"] {
  const days = Array.from({ length: USAGE_DAYS }, (_, i) => ({
    date: dayKey(new Date(since.getTime() + i * DAY_MS)),
    success: 0,
    clientError: 0,
    serverError: 0,
  }));
  const byDate = new Map(days.map((d) => [d.date, d]));
  for (const row of rows) {
    const day = byDate.get(dayKey(row.day));
    if (!day) continue;
    const field = row.statusClass === 2 ? "success" : row.statusClass === 5 ? "serverError" : "clientError";
    day[field] += Number(row.count);
  }
  return days;
}

/**
 * The usage of one credential, by id. Callers check first that the actor may see that
 * credential: this reads whatever id it is given.
 */
export async function usageSummary(credentialId: string, now = new Date()): Promise<CredentialUsageDto> {
  const since = usageWindowStart(now);
  const client = db();
  const [days, operations, clientIps, refusals] = await Promise.all([
    client.$queryRaw<DayRow[]>`
      SELECT date_trunc('day', hour, 'UTC') AS day, "statusClass", SUM(count)::bigint AS count
      FROM "CredentialUsage" WHERE "credentialId" = ${credentialId}::uuid AND hour >= ${since}
      GROUP BY 1, 2`,
    client.$queryRaw<{ operation: string; count: bigint | number }[]>`
      SELECT operation, SUM(count)::bigint AS count
      FROM "CredentialUsage" WHERE "credentialId" = ${credentialId}::uuid AND hour >= ${since}
      GROUP BY operation ORDER BY count DESC, operation LIMIT ${TOP_OPERATIONS}`,
    client.credentialClientIp.findMany({
      where: { credentialId },
      orderBy: [{ lastSeenAt: "desc" }, { ip: "asc" }],
    }),
    client.credentialRefusal.findMany({ where: { credentialId }, orderBy: [{ at: "desc" }, { id: "desc" }] }),
  ]);
  return {
    days: perDay(days, since),
    operations: operations.map((o) => ({ operation: o.operation, count: Number(o.count) })),
    clientIps: clientIps.map((ip) => ({
      ip: ip.ip,
      firstSeenAt: ip.firstSeenAt.toISOString(),
      lastSeenAt: ip.lastSeenAt.toISOString(),
      count: ip.count,
    })),
    refusals: refusals.map((r) => ({
      at: r.at.toISOString(),
      status: r.status as 401 | 403 | 429,
      operation: r.operation,
      reason: r.reason,
      ip: r.ip,
    })),
  };
}

/** The operations a credential was answered 2xx for since `since`, with the websites they named. */
export async function exercisedOperations(
  credentialId: string,
  since: Date,
): Promise<{ operation: string; websiteId: string }[]> {
  return db().$queryRaw<{ operation: string; websiteId: string }[]>`
    SELECT DISTINCT operation, "websiteId" FROM "CredentialUsage"
    WHERE "credentialId" = ${credentialId}::uuid AND hour >= ${since} AND "statusClass" = 2`;
}
