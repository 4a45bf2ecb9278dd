import "server-only";
import { db } from "@/lib/db";

// "Last used" must not cost a write per request: at most one write per secret per minute,
// here in-process and again in SQL (across instances), never moving backwards, off the
// request's critical path, and a failed write never fails the request.

const INTERVAL_MS = 60_000;
const MAX_TRACKED = 50_000;
const lastWrite = new Map<string, number>();

type Target = { table: "AccountToken" | "WebsiteKey"; id: string; lastUsedAt: Date | null };

function due(target: Target, now: number): boolean {
  const previous = Math.max(lastWrite.get(target.id) ?? 0, target.lastUsedAt?.getTime() ?? 0);
  return now - previous >= INTERVAL_MS;
}

async function write(target: Target, at: Date, ip: string | null): Promise<void> {
  const cutoff = new Date(at.getTime() - INTERVAL_MS);
  // Table names come from the closed Target union, never from input.
  if (target.table === "AccountToken") {
    await db().$executeRaw`UPDATE "AccountToken" SET "lastUsedAt" = ${at}, "lastUsedIp" = ${ip}
      WHERE id = ${target.id}::uuid AND ("lastUsedAt" IS NULL OR "lastUsedAt" <= ${cutoff})`;
  } else {
    await db().$executeRaw`UPDATE "WebsiteKey" SET "lastUsedAt" = ${at}, "lastUsedIp" = ${ip}
      WHERE id = ${target.id}::uuid AND ("lastUsedAt" IS NULL OR "lastUsedAt" <= ${cutoff})`;
  }
}

/** Notes a use; returns the pending write (tests await it, requests never do). */
export function recordLastUsed(target: Target, ip: string | null, now = new Date()): Promise<void> {
  const at = now.getTime();
  if (!due(target, at)) return Promise.resolve();
  if (lastWrite.size >= MAX_TRACKED) lastWrite.clear();
  lastWrite.set(target.id, at);
  return write(target, now, ip?.slice(0, 64) ?? null).catch((error: Error) => {
    console.error(`[last-used] could not record use of ${target.table} ${target.id}: ${error.message}`);
  });
}
