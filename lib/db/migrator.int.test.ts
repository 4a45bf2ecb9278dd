import { cpSync, mkdtempSync, readdirSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { database } from "@/lib/db";
import { adminQuery, databaseUrl, randomDatabaseName } from "@/test/test-database";
import { migrate, MIGRATIONS_DIR, readMigrations } from "./migrator";
import { pgSession } from "./sql-session";

describe("migrator", () => {
  it("records every migration in _prisma_migrations with Prisma's columns and checksums", async () => {
    const rows = await database().withSession((s) =>
      s.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        applied_steps_count: number;
      }>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    const local = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    expect(rows.map((r) => r.checksum)).toEqual(local.map((m) => m.checksum));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
  });

  it("applies nothing when the database is up to date", async () => {
    await expect(database().withSession((s) => migrate(s))).resolves.toEqual([]);
  });

  it("refuses to start when an applied migration file was edited, naming the file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "keyward-migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = readdirSync(dir)
      .filter((name) => !name.endsWith(".toml"))
      .sort()[0]!;
    appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited\n");
    await expect(database().withSession((s) => migrate(s, dir))).rejects.toThrow(
      new RegExp(`${first}/migration\\.sql was edited after it was applied`),
    );
  });

  it.runIf(inject("databaseTemplate").kind === "postgres")(
    "applies each migration once when two instances start together",
    async () => {
      const template = inject("databaseTemplate");
      if (template.kind !== "postgres") return;
      const name = randomDatabaseName("keyward_race");
      await adminQuery(template.serverUrl, `CREATE DATABASE "${name}"`);
      const clients = [0, 1].map(
        () => new pg.Client({ connectionString: databaseUrl(template.serverUrl, name) }),
      );
      try {
        await Promise.all(clients.map((c) => c.connect()));
        const results = await Promise.all(clients.map((c) => migrate(pgSession(c))));
        expect(results.flat().sort()).toEqual(readMigrations().map((m) => m.name));
        const { rows } = await clients[0]!.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
        expect(rows[0].n).toBe(readMigrations().length);
      } finally {
        await Promise.all(clients.map((c) => c.end()));
        await adminQuery(template.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    },
  );
});
