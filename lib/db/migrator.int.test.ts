import { cpSync, mkdtempSync, readdirSync, appendFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { database } from "@/lib/db";
import { adminQuery, databaseUrl, randomDatabaseName } from "@/test/test-database";
import { migrate, MIGRATIONS_DIR, readMigrations } from "./migrator";
import { pgSession, type SqlSession } from "./sql-session";

const LINEAGE = "20261205090000_credential_lineage";
const KEY_NAMES = "20261205171000_website_key_live_names";
const FUNNELS = "20261206013000_funnels_datafast_shape";
const ALERTS = "20261206030000_alerts_datafast_shape";

/** The migrations folder as it was before `name`: every earlier migration, nothing from it on. */
/** A copy of the migrations before `name` (with it too when `through`). */
function migrationsBefore(name: string, { through = false } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "keyward-migrations-"));
  for (const entry of readdirSync(MIGRATIONS_DIR))
    if (entry.endsWith(".toml") || entry < name || (through && entry === name))
      cpSync(path.join(MIGRATIONS_DIR, entry), path.join(dir, entry), { recursive: true });
  return dir;
}

/** One row in, its id out (raw SQL: the schema under test is older than the Prisma client). */
async function insert(s: SqlSession, sql: string, params: unknown[] = []): Promise<string> {
  const [row] = await s.query<{ id: string }>(`${sql} RETURNING id::text`, params);
  if (!row) throw new Error(`no row from ${sql}`);
  return row.id;
}

const DIGEST = "sha256(gen_random_uuid()::text::bytea)";

/**
 * Runs `body` on a fresh schema migrated up to `name` (not included), with `applyIt` to apply
 * `name` and `website` to insert a website row; drops the schema and the copied folders after.
 */
async function beforeMigration(
  name: string,
  body: (s: SqlSession, applyIt: () => Promise<string[]>, website: () => Promise<string>) => Promise<void>,
): Promise<void> {
  const before = migrationsBefore(name);
  const through = migrationsBefore(name, { through: true });
  const schema = `m_${name.slice(15)}_${Date.now().toString(36)}`;
  try {
    await database().withSession(async (s) => {
      await s.exec(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"`);
      try {
        await migrate(s, before);
        const website = () =>
          insert(
            s,
            `INSERT INTO "Website" (id, domain, name, timezone, "trackingId", "updatedAt")
             VALUES (gen_random_uuid(), 'shop.example.com', 'Shop', 'UTC', 'dfid_' || gen_random_uuid(), now())`,
          );
        await body(s, () => migrate(s, through), website);
      } finally {
        await s.exec(`RESET search_path; DROP SCHEMA "${schema}" CASCADE`);
      }
    });
  } finally {
    rmSync(before, { recursive: true, force: true });
    rmSync(through, { recursive: true, force: true });
  }
}

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

  it("the lineage migration keeps every credential and backfills provenance: creator where known, parent null", async () => {
    const before = migrationsBefore(LINEAGE);
    const through = migrationsBefore(LINEAGE, { through: true });
    // A schema of its own in this test's database, migrated to the release before lineage.
    const schema = `lineage_${Date.now().toString(36)}`;
    try {
      await database().withSession(async (s) => {
        await s.exec(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"`);
        try {
          expect(await migrate(s, before)).not.toContain(LINEAGE);
          const user = (label: string) =>
            insert(
              s,
              `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES (gen_random_uuid(), $1, $1, '!', now())`,
              [`${label}-${schema}@example.test`],
            );
          const [owner, stays, removed, demoted] = [
            await user("owner"),
            await user("stays"),
            await user("removed"),
            await user("demoted"),
          ];
          const website = await insert(
            s,
            `INSERT INTO "Website" (id, domain, name, timezone, "trackingId", "updatedAt")
             VALUES (gen_random_uuid(), 'shop.example.com', 'Shop', 'UTC', 'dfid_' || gen_random_uuid(), now())`,
          );
          for (const [person, role] of [
            [owner, "owner"],
            [stays, "member"],
            [demoted, "viewer"],
          ])
            await s.query(
              `INSERT INTO "Membership" (id, "userId", "websiteId", role, "updatedAt") VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3, now())`,
              [person, website, role],
            );
          const token = await insert(
            s,
            `INSERT INTO "AccountToken" (id, "userId", name, permissions, "allWebsites", digest, "displayKey", "updatedAt")
             VALUES (gen_random_uuid(), $1::uuid, 'CI', '{*}', true, ${DIGEST}, 'dft_tok…en01', now())`,
            [stays],
          );
          const key = (creator: string | null, display: string, revoked = false) =>
            insert(
              s,
              `INSERT INTO "WebsiteKey" (id, "websiteId", "createdById", name, digest, "displayKey", "revokedAt", "updatedAt")
               VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3, ${DIGEST}, $3, $4, now())`,
              [website, creator, display, revoked ? new Date() : null],
            );
          const event = (action: string, target: string, credential: string, metadata: object = {}) =>
            s.query(
              `INSERT INTO "AuditEvent" (id, credential, "websiteId", action, "targetType", "targetId", metadata)
               VALUES (gen_random_uuid(), $1, $2::uuid, $3, 'website-key', $4, $5::jsonb)`,
              [credential, website, action, target, JSON.stringify(metadata)],
            );
          const ofStays = await key(stays, "df_stay…0001");
          const ofDemoted = await key(demoted, "df_demo…0001");
          // The removed member's key, rolled once: it minted a key under its first display form.
          const parent = await key(removed, "df_pare…0002");
          await event("website-key.roll", parent, "session", {
            displayKey: "df_pare…0002",
            previousDisplayKey: "df_pare…0001",
          });
          const child = await key(null, "df_chil…0001");
          await event("website-key.create", child, "df_pare…0001");
          const grandchild = await key(null, "df_gran…0001");
          await event("website-key.create", grandchild, "df_chil…0001");
          const revokedKey = await key(removed, "df_revo…0001", true);
          // Minted by a display form two keys have shown: unknown, left as it is.
          await key(null, "df_twin…0001");
          await key(null, "df_twin…0001");
          const ambiguous = await key(null, "df_ambi…0001");
          await event("website-key.create", ambiguous, "df_twin…0001");
          const keysBefore = await s.query<{ id: string }>(`SELECT id::text FROM "WebsiteKey" ORDER BY id`);

          // Up to the lineage migration only: later ones are not this test's subject.
          expect(await migrate(s, through)).toEqual([LINEAGE]);
          const keys = await s.query<{
            id: string;
            createdById: string | null;
            parentKeyId: string | null;
            parentTokenId: string | null;
            expiresAt: Date | null;
            flagged: boolean;
          }>(
            `SELECT id::text, "createdById"::text, "parentKeyId"::text, "parentTokenId"::text, "expiresAt",
                    "flaggedAt" IS NOT NULL AS flagged FROM "WebsiteKey" ORDER BY id`,
          );
          expect(keys.map((k) => k.id)).toEqual(keysBefore.map((k) => k.id));
          expect(keys.every((k) => !k.parentKeyId && !k.parentTokenId && !k.expiresAt)).toBe(true);
          const byId = new Map(keys.map((k) => [k.id, k]));
          expect(byId.get(ofStays)).toMatchObject({ createdById: stays, flagged: false });
          expect(byId.get(ofDemoted)).toMatchObject({ createdById: demoted, flagged: true });
          expect(byId.get(parent)).toMatchObject({ createdById: removed, flagged: true });
          expect(byId.get(child)).toMatchObject({ createdById: removed, flagged: true });
          expect(byId.get(grandchild)).toMatchObject({ createdById: removed, flagged: true });
          expect(byId.get(revokedKey)).toMatchObject({ createdById: removed, flagged: false });
          expect(byId.get(ambiguous)).toMatchObject({ createdById: null, flagged: false });
          const tokens = await s.query<{ id: string; parentTokenId: string | null }>(
            `SELECT id::text, "parentTokenId"::text FROM "AccountToken"`,
          );
          expect(tokens).toEqual([{ id: token, parentTokenId: null }]);
        } finally {
          await s.exec(`RESET search_path; DROP SCHEMA "${schema}" CASCADE`);
        }
      });
    } finally {
      rmSync(before, { recursive: true, force: true });
      rmSync(through, { recursive: true, force: true });
    }
  });
  it("the key-name migration renames live duplicates without losing a name, then refuses new ones", async () => {
    await beforeMigration(KEY_NAMES, async (s, applyIt, website) => {
      const [shop, other] = [await website(), await website()];
      let minute = 0;
      const key = (site: string, name: string, revoked = false) =>
        insert(
          s,
          `INSERT INTO "WebsiteKey" (id, "websiteId", name, digest, "displayKey", "revokedAt", "createdAt", "updatedAt")
               VALUES (gen_random_uuid(), $1::uuid, $2, ${DIGEST}, 'df_x…0001', $3, $4, now())`,
          [site, name, revoked ? new Date() : null, new Date(Date.UTC(2026, 0, 1, 0, minute++))],
        );
      const oldest = await key(shop, "API key");
      const second = await key(shop, "api KEY");
      const taken = await key(shop, "API key (2)");
      const third = await key(shop, "API key");
      const revoked = await key(shop, "API key", true);
      const long = "L".repeat(64);
      const longFirst = await key(shop, long);
      const longSecond = await key(shop, long);
      const elsewhere = await key(other, "API key");

      expect(await applyIt()).toEqual([KEY_NAMES]);
      const rows = await s.query<{ id: string; name: string }>(`SELECT id::text, name FROM "WebsiteKey"`);
      expect(Object.fromEntries(rows.map((row) => [row.id, row.name]))).toEqual({
        [oldest]: "API key",
        [second]: "api KEY (3)",
        [taken]: "API key (2)",
        [third]: "API key (4)",
        [revoked]: "API key",
        [longFirst]: long,
        [longSecond]: `${"L".repeat(60)} (2)`,
        [elsewhere]: "API key",
      });
      await expect(key(shop, "API KEY")).rejects.toThrow(/WebsiteKey_live_name/);
      await expect(key(shop, "API key", true)).resolves.toBeTruthy();
    });
  });

  it("the funnel migration carries old {name, goal} funnels over: goal steps with ids, slugs unique per website, 10 steps kept", async () => {
    await beforeMigration(FUNNELS, async (s, applyIt, website) => {
      const [shop, other] = [await website(), await website()];
      let minute = 0;
      const funnel = (site: string, name: string, steps: unknown[]) =>
        insert(
          s,
          `INSERT INTO "Funnel" (id, "websiteId", name, steps, "createdAt", "updatedAt")
               VALUES (gen_random_uuid(), $1::uuid, $2, $3::jsonb, $4, now())`,
          [site, name, JSON.stringify(steps), new Date(Date.UTC(2026, 0, 1, 0, minute++))],
        );
      const old = [
        { name: "Signed up", goal: "signup" },
        { name: "Paid", goal: "checkout_completed" },
      ];
      const ten = Array.from({ length: 10 }, (_, i) => ({ name: `Step ${i}`, goal: `g${i}` }));
      const checkout = await funnel(shop, "Check out", old);
      const numbered = await funnel(shop, "check-out-2", old);
      const shouting = await funnel(shop, "CHECK OUT!", ten);
      const symbols = await funnel(shop, "★ ★", old);
      const elsewhere = await funnel(other, "Check out", old);

      expect(await applyIt()).toEqual([FUNNELS]);
      const rows = await s.query<{ id: string; slug: string; isActive: boolean; steps: unknown }>(
        `SELECT id::text, slug, "isActive", steps FROM "Funnel"`,
      );
      const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
      expect(Object.fromEntries(rows.map((row) => [row.id, row.slug]))).toEqual({
        [checkout]: "check-out",
        [numbered]: "check-out-2",
        [shouting]: "check-out-3",
        [symbols]: "funnel",
        [elsewhere]: "check-out",
      });
      expect(rows.every((row) => row.isActive)).toBe(true);
      const uuid = expect.stringMatching(/^[0-9a-f-]{36}$/);
      expect(byId[checkout]!.steps).toEqual([
        { id: uuid, name: "Signed up", type: "goal", goalName: "signup" },
        { id: uuid, name: "Paid", type: "goal", goalName: "checkout_completed" },
      ]);
      const long = byId[shouting]!.steps as { id: string; name: string; goalName: string }[];
      expect(long.map((step) => [step.name, step.goalName])).toEqual(
        ten.map((step) => [step.name, step.goal]),
      );
      expect(new Set(long.map((step) => step.id)).size).toBe(10);

      // Names and slugs are unique among active funnels only.
      const fresh = (name: string, slug: string) =>
        insert(
          s,
          `INSERT INTO "Funnel" (id, "websiteId", name, slug, steps, "updatedAt")
               VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4::jsonb, now())`,
          [shop, name, slug, JSON.stringify(byId[checkout]!.steps)],
        );
      await expect(fresh("Check out", "check-out-9")).rejects.toThrow(/Funnel_active_name/);
      await expect(fresh("Other", "check-out")).rejects.toThrow(/Funnel_active_slug/);
      await s.exec(`UPDATE "Funnel" SET "isActive" = false WHERE id = '${checkout}'`);
      await expect(fresh("Check out", "check-out")).resolves.toBeTruthy();
    });
  });

  it("the alert migration keeps old threshold alerts as they were (kind threshold); each kind's columns are checked", async () => {
    await beforeMigration(ALERTS, async (s, applyIt, website) => {
      const shop = await website();
      const visitors = await insert(
        s,
        `INSERT INTO "Alert" (id, "websiteId", name, metric, threshold, comparison, address, enabled, "updatedAt")
             VALUES (gen_random_uuid(), $1::uuid, 'Traffic drop', 'visitors', 100, 'below', 'ops@example.com', false, now())`,
        [shop],
      );
      const signups = await insert(
        s,
        `INSERT INTO "Alert" (id, "websiteId", name, metric, goal, threshold, comparison, address, "updatedAt")
             VALUES (gen_random_uuid(), $1::uuid, 'Signups', 'goal', 'signup', 5.5, 'above', 'growth@example.com', now())`,
        [shop],
      );
      const before = await s.query<Record<string, unknown>>(`SELECT * FROM "Alert" ORDER BY id`);

      expect(await applyIt()).toEqual([ALERTS]);
      const after = await s.query<Record<string, unknown>>(`SELECT * FROM "Alert" ORDER BY id`);
      // Every old column and value kept; the new ones empty, the kind "threshold".
      expect(after).toEqual(
        before.map((row) => ({ ...row, kind: "threshold", goalName: null, subject: null, message: null })),
      );
      expect(after.map((row) => row.id)).toEqual([visitors, signups].sort());

      const goalAlert = (columns: string, values: string) =>
        insert(
          s,
          `INSERT INTO "Alert" (id, "websiteId", name, ${columns}, "updatedAt")
               VALUES (gen_random_uuid(), $1::uuid, 'A' || gen_random_uuid(), ${values}, now())`,
          [shop],
        );
      // New rows default to DataFast's goal alerts: a goal name and a message, no threshold.
      await expect(goalAlert(`"goalName", message`, `'signup', 'Someone signed up.'`)).resolves.toBeTruthy();
      await expect(goalAlert(`"goalName"`, `'signup'`)).rejects.toThrow(/Alert_kind_columns/);
      await expect(
        goalAlert(
          `"goalName", message, metric, threshold, comparison`,
          `'signup', 'Hello there.', 'visitors', 1, 'above'`,
        ),
      ).rejects.toThrow(/Alert_kind_columns/);
      await expect(goalAlert(`kind, metric, threshold`, `'threshold', 'visitors', 1`)).rejects.toThrow(
        /Alert_kind_columns/,
      );
    });
    // Two schemas migrated from scratch: slow on a busy machine.
  }, 120_000);
});
