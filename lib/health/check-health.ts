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
// several load balancers) costs the database one query. An "up" answer stands for UP_FOR_MS, so
// probes polled faster than that cost no query at all (a statement on the embedded database costs
// more than the request around it; `npm run bench -- http`); "down" and errors are never kept, so
// a recovery shows on the next probe and an outage within UP_FOR_MS.
const UP_FOR_MS = 1_000;
let inFlight: Promise<Health> | null = null;
let upSince = Number.NEGATIVE_INFINITY;

/**
 * Ready when the database answered a trivial query within the last second; for load balancers
 * and uptime checks. On the driver as a prepared statement: through Prisma the probe cost more
 * than the request around it.
 */
export function checkHealth(now = Date.now()): Promise<Health> {
  if (now - upSince < UP_FOR_MS) return Promise.resolve({ ok: true, database: "up" });
  inFlight ??= queryDatabase()
    .then((health) => {
      if (health.ok) upSince = now;
      return health;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}
