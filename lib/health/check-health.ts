import "server-only";
import { directQuery } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

export type Health = { ok: boolean; database: "up" | "down" };

/**
 * Ready when the database answers a trivial query; for load balancers and uptime checks. On the
 * driver as a prepared statement: through Prisma the probe cost more than the request around it.
 */
export async function checkHealth(): Promise<Health> {
  try {
    await directQuery("SELECT 1");
    return { ok: true, database: "up" };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, database: "down" };
    throw error;
  }
}
