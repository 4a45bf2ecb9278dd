import "server-only";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

export type Health = { ok: boolean; database: "up" | "down" };

/** Ready when the database answers a trivial query; for load balancers and uptime checks. */
export async function checkHealth(): Promise<Health> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { ok: true, database: "up" };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, database: "down" };
    throw error;
  }
}
