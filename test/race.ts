import pg from "pg";
import { database, db } from "@/lib/db";
import { databaseUrl } from "./test-database";

type LockableTable = "AccountToken" | "WebsiteKey" | "User" | "Website" | "Membership";

// Polls on a connection of its own: the pool may be full of calls waiting for the lock.
async function waitForLockWaiters(client: pg.Client, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    const waiting = rows[0]?.n ?? 0;
    if (waiting >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${waiting} of ${count} calls reached the lock`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function observer(): Promise<pg.Client> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("race() on PostgreSQL needs TEST_DATABASE_URL");
  const [row] = await db().$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, row?.name ?? "") });
  await client.connect();
  return client;
}

type Settled<Calls extends readonly (() => PromiseLike<unknown>)[]> = {
  -readonly [K in keyof Calls]: PromiseSettledResult<Awaited<ReturnType<Calls[K]>>>;
};

/**
 * Runs the calls so that they really overlap. On PostgreSQL the test holds a row lock until
 * `waiters` of the calls are queued behind it inside their transactions, then releases it, so
 * they race for the row at the same moment. PGlite runs one transaction at a time: there the
 * calls start together and the engine orders them.
 */
export async function race<const Calls extends readonly (() => PromiseLike<unknown>)[]>(
  lock: { table: LockableTable; id: string; waiters: number },
  calls: Calls,
): Promise<Settled<Calls>> {
  const start = () => Promise.allSettled(calls.map((call) => call())) as Promise<Settled<Calls>>;
  if (database().kind !== "postgres") return start();
  const client = await observer();
  let release = () => {};
  let locked = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = db().$transaction(
    async (tx) => {
      // The table name comes from the closed union above, never from input.
      await tx.$queryRawUnsafe(`SELECT 1 FROM "${lock.table}" WHERE id = $1::uuid FOR UPDATE`, lock.id);
      locked();
      await released;
    },
    { timeout: 20_000 },
  );
  await isLocked;
  const results = start();
  try {
    await waitForLockWaiters(client, lock.waiters);
  } finally {
    release();
    await holder;
    await client.end();
  }
  return results;
}

export function fulfilled<T>(results: readonly PromiseSettledResult<T>[]): T[] {
  return results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
}

export function rejected(results: readonly PromiseSettledResult<unknown>[]): unknown[] {
  return results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
}
