import "server-only";
import { directQuery } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

export type Health = { ok: boolean; database: "up" | "down" };

async function queryDatabase(): Promise<Health> {
  try {
    await directQuery("SELECT 1");
    return { ok: true, database: "up" };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, database: "down" };
    throw error;
  }
}

// The probe in flight: probes that arrive while it runs take its answer, so a burst of them (or
// several load balancers) costs the database one query, and every answer is at most one query old.
// Nothing is kept once it settles: the next probe asks the database again.
let inFlight: Promise<Health> | null = null;

/**
 * Ready when the database answers a trivial query; for load balancers and uptime checks. On the
 * driver as a prepared statement: through Prisma the probe cost more than the request around it.
 */
export function checkHealth(): Promise<Health> {
  inFlight ??= queryDatabase().finally(() => {
    inFlight = null;
  });
  return inFlight;
}
