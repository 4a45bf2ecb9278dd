import "server-only";
import { env } from "@/lib/env";
import { openEmbedded, openPostgres, type Database } from "./database";
import type { PrismaClient } from "./generated/client";
import { migrate } from "./migrator";

// One database per process, kept on globalThis so `next dev` reloads reuse it (a second PGlite
// on the same folder would be refused by the lock anyway).
type Holder = { __keywardDatabase?: Database; __keywardReady?: Promise<string[]> };
const holder = globalThis as typeof globalThis & Holder;

function open(): Database {
  const config = env().database;
  return config.kind === "postgres"
    ? openPostgres(config.url, config.poolSize)
    : openEmbedded({ dataDir: config.dataDir });
}

export function database(): Database {
  holder.__keywardDatabase ??= open();
  return holder.__keywardDatabase;
}

/** The Prisma client. Domain code calls this per use, so tests can swap the database. */
export function db(): PrismaClient {
  return database().prisma;
}

/** One statement on the driver, outside any transaction: see {@link Database.query}. */
export function directQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return database().query<T>(sql, params);
}

/** Applies pending migrations once per process; start-up awaits it before serving. */
export function prepareDatabase(): Promise<string[]> {
  holder.__keywardReady ??= database().withSession((session) => migrate(session));
  return holder.__keywardReady;
}

/** Tests install their own database (a fresh PGlite clone or a throwaway PostgreSQL database). */
export function installDatabase(next: Database): void {
  holder.__keywardDatabase = next;
  holder.__keywardReady = Promise.resolve([]);
}

export type { Database } from "./database";
export type { Prisma, PrismaClient } from "./generated/client";
