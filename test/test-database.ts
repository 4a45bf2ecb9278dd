import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openEmbedded, openPostgres, type Database } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { pgliteSession } from "@/lib/db/sql-session";

// Test databases: an embedded PGlite restored from a migrated template (initdb costs seconds and
// hundreds of MB, a restore far less), or a PostgreSQL database copied from a migrated template.

export type TemplateRef =
  { kind: "embedded"; tarball: string } | { kind: "postgres"; serverUrl: string; template: string };

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function randomDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

/** A migrated embedded database, dumped as a tarball to restore per test file. */
export async function buildEmbeddedTemplate(): Promise<Uint8Array> {
  const pglite = new PGlite();
  await migrate(pgliteSession(pglite));
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  return new Uint8Array(await dump.arrayBuffer());
}

export async function openTestDatabase(
  template: TemplateRef,
): Promise<{ database: Database; dispose(): Promise<void> }> {
  if (template.kind === "embedded") {
    const { readFile } = await import("node:fs/promises");
    const database = openEmbedded({ loadDataDir: new Blob([await readFile(template.tarball)]) });
    return { database, dispose: () => database.close() };
  }
  const name = randomDatabaseName("keyward_test");
  await adminQuery(template.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template.template}"`);
  const database = openPostgres(databaseUrl(template.serverUrl, name), 5);
  return {
    database,
    dispose: async () => {
      await database.close();
      await adminQuery(template.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
