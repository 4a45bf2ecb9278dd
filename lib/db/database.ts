import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { lockDataDir } from "./data-dir-lock";
import { PrismaClient } from "./generated/client";
import { preparedQueries } from "./pglite-prepared";
import { pgliteSession, pgSession, type SqlSession } from "./sql-session";
import { statementNames } from "./statement-names";

/** One open database: the Prisma client plus raw access for the migrator and tooling. */
export type Database = {
  kind: "embedded" | "postgres";
  prisma: PrismaClient;
  /**
   * One statement outside any transaction, straight on the driver and prepared once by name. For
   * the few constant statements every API request runs (verify, role, rate limits): Prisma's own
   * work, and planning, cost more than the statement itself there (`npm run bench`). Parameters
   * are always bound, never spliced.
   */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * How many committed changes to credentials (the "keyward_credentials" notices of the
   * migrations' triggers) this process has been told of, or null while it cannot know every
   * change before its writer does. Embedded: one process owns the data folder, and a notice
   * reaches it before the writing statement's caller resumes. PostgreSQL: always null, since
   * another instance may write and its notice arrives later (lib/credentials/lookup-cache.ts).
   */
  credentialChanges(): number | null;
  /** Runs `fn` on one connection (PostgreSQL) or the embedded instance. */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** Announced by the triggers of migration 20261207020000_credential_change_notice. */
const CREDENTIALS_CHANNEL = "keyward_credentials";

type EmbeddedOptions = {
  /** Folder on disk, locked for this process; omitted: in memory. */
  dataDir?: string;
  /** A prepared data folder (from `dumpDataDir`) to start from, for fast test databases. */
  loadDataDir?: Blob;
};

export function openEmbedded(options: EmbeddedOptions = {}): Database {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  const pglite = new PGlite({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const session = pgliteSession(pglite);
  const prepared = preparedQueries(pglite);
  // PGlite calls listeners in a microtask queued while it reads the commit's answer, so the
  // count moves before the writer's own await returns.
  let credentialChanges: number | null = null;
  pglite
    .listen(CREDENTIALS_CHANNEL, () => {
      credentialChanges = (credentialChanges ?? 0) + 1;
    })
    .then(
      () => {
        credentialChanges ??= 0;
      },
      (error: Error) => console.error(`[db] could not listen for credential changes: ${error.message}`),
    );
  return {
    kind: "embedded",
    prisma,
    query: (sql, params = []) => prepared(sql, params),
    credentialChanges: () => credentialChanges,
    withSession: async (fn) => {
      await pglite.waitReady;
      return fn(session);
    },
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

export function openPostgres(url: string, poolSize: number): Database {
  // The pool reconnects by itself, so a database outage ends without a restart (S74). Opening a
  // connection gives up after 5 s, so a request never waits forever for an unreachable server;
  // TCP keep-alive lets the OS notice connections that died without a reset.
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  pool.on("error", (error) => console.error("[db] idle PostgreSQL client error:", error.message));
  const nameOf = statementNames();
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgres",
    prisma,
    // Named: node-postgres prepares each statement once per connection, so the server plans it once.
    query: async <T>(sql: string, params?: unknown[]) =>
      (await pool.query({ name: nameOf(sql), text: sql, values: params })).rows as T[],
    credentialChanges: () => null,
    withSession: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn(pgSession(client));
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
