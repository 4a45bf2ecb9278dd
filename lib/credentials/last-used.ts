import "server-only";
import { db } from "@/lib/db";

// "Last used" must not cost a write per request: at most one write per secret per minute,
// here in-process and again in SQL (across instances), never moving backwards, off the
// request's critical path, and a failed write never fails the request. During a roll's grace
// period the old secret's uses are recorded apart (previousLastUsedAt), so the list can say
// which secret was used last and whether anything still uses the old one.

const INTERVAL_MS = 60_000;
const MAX_TRACKED = 50_000;
const lastWrite = new Map<string, number>();

/** Which of a credential's secrets a request presented. */
export type UsedSecret = "current" | "previous";

type Target = {
  table: "AccountToken" | "WebsiteKey";
  id: string;
  secret: UsedSecret;
  lastUsedAt: Date | null;
  previousLastUsedAt: Date | null;
};

function lastWasPrevious(target: Target): boolean {
  return (
    target.previousLastUsedAt !== null && target.lastUsedAt?.getTime() === target.previousLastUsedAt.getTime()
  );
}

function due(target: Target, trackKey: string, now: number): boolean {
  const written = lastWrite.get(trackKey) ?? 0;
  // The first current use after a recorded old one, so the last use stops naming the old secret.
  if (
    target.secret === "current" &&
    lastWasPrevious(target) &&
    written <= (target.lastUsedAt?.getTime() ?? 0)
  )
    return true;
  const recorded = target.secret === "previous" ? target.previousLastUsedAt : target.lastUsedAt;
  const previous = Math.max(written, recorded?.getTime() ?? 0);
  return now - previous >= INTERVAL_MS;
}

// Table names come from the closed Target union, never from input. A use of the old secret
// also moves lastUsedAt (the credential's last use, by either secret); a current use right
// after an old one is written at once, so the last use names the right secret.
function write({ table, id, secret }: Target, at: Date, ip: string | null): Promise<number> {
  const cutoff = new Date(at.getTime() - INTERVAL_MS);
  const client = db();
  if (secret === "previous") {
    return table === "AccountToken"
      ? client.$executeRaw`UPDATE "AccountToken" SET "previousLastUsedAt" = ${at},
          "lastUsedIp" = CASE WHEN "lastUsedAt" IS NULL OR "lastUsedAt" <= ${at} THEN ${ip} ELSE "lastUsedIp" END,
          "lastUsedAt" = GREATEST("lastUsedAt", ${at})
          WHERE id = ${id}::uuid AND ("previousLastUsedAt" IS NULL OR "previousLastUsedAt" <= ${cutoff})`
      : client.$executeRaw`UPDATE "WebsiteKey" SET "previousLastUsedAt" = ${at},
          "lastUsedIp" = CASE WHEN "lastUsedAt" IS NULL OR "lastUsedAt" <= ${at} THEN ${ip} ELSE "lastUsedIp" END,
          "lastUsedAt" = GREATEST("lastUsedAt", ${at})
          WHERE id = ${id}::uuid AND ("previousLastUsedAt" IS NULL OR "previousLastUsedAt" <= ${cutoff})`;
  }
  return table === "AccountToken"
    ? client.$executeRaw`UPDATE "AccountToken" SET "lastUsedAt" = ${at}, "lastUsedIp" = ${ip}
        WHERE id = ${id}::uuid AND ("lastUsedAt" IS NULL OR "lastUsedAt" <= ${cutoff}
          OR ("lastUsedAt" = "previousLastUsedAt" AND "lastUsedAt" <= ${at}))`
    : client.$executeRaw`UPDATE "WebsiteKey" SET "lastUsedAt" = ${at}, "lastUsedIp" = ${ip}
        WHERE id = ${id}::uuid AND ("lastUsedAt" IS NULL OR "lastUsedAt" <= ${cutoff}
          OR ("lastUsedAt" = "previousLastUsedAt" AND "lastUsedAt" <= ${at}))`;
}

/** Notes a use; returns the pending write (tests await it, requests never do). */
export function recordLastUsed(target: Target, ip: string | null, now = new Date()): Promise<void> {
  const at = now.getTime();
  const trackKey = `${target.id}:${target.secret}`;
  if (!due(target, trackKey, at)) return Promise.resolve();
  if (lastWrite.size >= MAX_TRACKED) lastWrite.clear();
  lastWrite.set(trackKey, at);
  return write(target, now, ip?.slice(0, 64) ?? null).then(
    () => undefined,
    (error: Error) => {
      console.error(`[last-used] could not record use of ${target.table} ${target.id}: ${error.message}`);
    },
  );
}
