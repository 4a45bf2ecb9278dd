import { adminQuery, databaseUrl, randomDatabaseName } from "@/test/test-database";

export const POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Runs `bench` on a fresh PostgreSQL database (its URL), dropped afterwards; with no server
 * reachable, says so and skips.
 */
export async function onFreshPostgres(prefix: string, bench: (url: string) => Promise<void>): Promise<void> {
  const name = randomDatabaseName(prefix);
  try {
    await adminQuery(POSTGRES, `CREATE DATABASE "${name}"`);
  } catch (error) {
    console.log(`PostgreSQL at ${POSTGRES} unavailable (${(error as Error).message}); skipped.`);
    return;
  }
  try {
    await bench(databaseUrl(POSTGRES, name));
  } finally {
    await adminQuery(POSTGRES, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
