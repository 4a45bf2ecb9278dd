import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { openEmbedded, openPostgres, type Database } from "@/lib/db/database";
import { migrate, readMigrations } from "@/lib/db/migrator";
import type { SqlSession } from "@/lib/db/sql-session";
import { digestSecret } from "@/lib/secrets";
import { adminQuery, databaseUrl, randomDatabaseName } from "@/test/test-database";

// S75: a process killed mid-write (SIGKILL: no shutdown hook, no rollback from the app) leaves no
// half-created token, key, invitation or membership. test/crash-writer.ts writes through the
// domain functions in a loop; it is killed at random moments several times, restarted each time
// on the same data, then the data is reopened here and checked against its audit trail.

const KILLS = 4;
// Each part takes 20–45 s on 2 busy cores (most of it starting the writer 4 times), and over
// 90 s when the integration suite's other worker and a browser run share them: the limit only
// catches a writer that never gets killed, so it leaves room for a loaded CI runner.
const TIME_LIMIT = 180_000;
const root = path.resolve(import.meta.dirname, "..");
const template = inject("databaseTemplate");

type Problem = { problem: string; id: string | null };

// Each query lists what breaks one invariant; all must come back empty.
const INVARIANTS = `
SELECT 'token without its token.create event' AS problem, t.id::text AS id FROM "AccountToken" t
  WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'token.create' AND a."targetId" = t.id::text)
UNION ALL SELECT 'token.create event without its token', a."targetId" FROM "AuditEvent" a
  WHERE a.action = 'token.create' AND NOT EXISTS (SELECT 1 FROM "AccountToken" t WHERE t.id::text = a."targetId")
UNION ALL SELECT 'revoked token without token.revoke, or the reverse', t.id::text FROM "AccountToken" t
  WHERE (t."revokedAt" IS NOT NULL) <> EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'token.revoke' AND a."targetId" = t.id::text)
UNION ALL SELECT 'key without its website-key.create event', k.id::text FROM "WebsiteKey" k
  WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'website-key.create' AND a."targetId" = k.id::text)
UNION ALL SELECT 'website-key.create event without its key', a."targetId" FROM "AuditEvent" a
  WHERE a.action = 'website-key.create' AND NOT EXISTS (SELECT 1 FROM "WebsiteKey" k WHERE k.id::text = a."targetId")
UNION ALL SELECT 'key whose secret is not the one its last create/roll event names', k.id::text FROM "WebsiteKey" k
  WHERE k."displayKey" IS DISTINCT FROM (SELECT a.metadata->>'displayKey' FROM "AuditEvent" a
    WHERE a."targetId" = k.id::text AND a.action IN ('website-key.create', 'website-key.roll') ORDER BY a."createdAt" DESC, a.id DESC LIMIT 1)
UNION ALL SELECT 'rolled key without website-key.roll, or the reverse', k.id::text FROM "WebsiteKey" k
  WHERE (k."rolledAt" IS NOT NULL) <> EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'website-key.roll' AND a."targetId" = k.id::text)
UNION ALL SELECT 'invitation without its team.invite event', i.id::text FROM "Invitation" i
  WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'team.invite' AND a."targetId" = i.id::text)
UNION ALL SELECT 'team.invite event without its invitation', a."targetId" FROM "AuditEvent" a
  WHERE a.action = 'team.invite' AND NOT EXISTS (SELECT 1 FROM "Invitation" i WHERE i.id::text = a."targetId")
UNION ALL SELECT 'accepted invitation without team.join, or the reverse', i.id::text FROM "Invitation" i
  WHERE (i."acceptedAt" IS NOT NULL) <> EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'team.join' AND a."targetId" = i.id::text)
UNION ALL SELECT 'membership without the event that made it', m.id::text FROM "Membership" m
  WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."websiteId" = m."websiteId" AND a."actorUserId" = m."userId"
    AND a.action = CASE m.role WHEN 'owner' THEN 'website.create' ELSE 'team.join' END)
UNION ALL SELECT 'team.join event without its membership', a."targetId" FROM "AuditEvent" a
  WHERE a.action = 'team.join' AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."websiteId" = a."websiteId" AND m."userId" = a."actorUserId")
UNION ALL SELECT 'website.create event without its website', a."targetId" FROM "AuditEvent" a
  WHERE a.action = 'website.create' AND NOT EXISTS (SELECT 1 FROM "Website" w WHERE w.id::text = a."targetId")
UNION ALL SELECT 'website without exactly one owner', w.id::text FROM "Website" w
  WHERE (SELECT count(*) FROM "Membership" m WHERE m."websiteId" = w.id AND m.role = 'owner') <> 1
UNION ALL SELECT 'digest that is not 32 bytes', t.id::text FROM "AccountToken" t
  WHERE octet_length(t.digest) <> 32 OR octet_length(t."previousDigest") <> 32
UNION ALL SELECT 'digest that is not 32 bytes', k.id::text FROM "WebsiteKey" k
  WHERE octet_length(k.digest) <> 32 OR octet_length(k."previousDigest") <> 32
UNION ALL SELECT 'invitation digest that is not 32 bytes', i.id::text FROM "Invitation" i WHERE octet_length(i."tokenDigest") <> 32`;

/** Starts the writer and SIGKILLs it after a random number of commits, at a random moment. */
function runWriter(env: NodeJS.ProcessEnv, secretsFile: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "test/crash-writer.ts", secretsFile],
    {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const killAfter = 2 + Math.floor(Math.random() * 14);
  let commits = 0;
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => {
    commits += chunk.toString().split("+").length - 1;
    // Usually inside the next transaction, sometimes between two.
    if (commits >= killAfter && child.exitCode === null)
      setTimeout(() => child.kill("SIGKILL"), Math.random() * 20);
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve();
      else reject(new Error(`crash-writer exited (${code ?? signal}) before it was killed:\n${stderr}`));
    });
  });
}

/** Every secret the writer saw committed still matches its row: durable, with a valid digest. */
async function checkSecrets(session: SqlSession, secretsFile: string): Promise<number> {
  const lines = existsSync(secretsFile) ? readFileSync(secretsFile, "utf8").split("\n").filter(Boolean) : [];
  for (const line of lines) {
    const [kind, id, raw] = line.split(" ") as [string, string, string];
    const table = kind === "token" ? "AccountToken" : "WebsiteKey";
    const rows = await session.query<{ digest: Uint8Array; previousDigest: Uint8Array | null }>(
      `SELECT digest, "previousDigest" FROM "${table}" WHERE id = $1::uuid`,
      [id],
    );
    const expected = Buffer.from(digestSecret(raw)).toString("hex");
    const stored = [rows[0]?.digest, rows[0]?.previousDigest].map((d) =>
      d ? Buffer.from(d).toString("hex") : null,
    );
    expect({ line: `${kind} ${id}`, found: stored.includes(expected) }).toEqual({
      line: `${kind} ${id}`,
      found: true,
    });
  }
  return lines.length;
}

/** The checks can fail: a token written without its audit event is reported (then rolled back). */
async function expectPlantedHalfWriteFound(session: SqlSession): Promise<void> {
  await session.exec("BEGIN");
  try {
    const [planted] = await session.query<{ id: string }>(
      `INSERT INTO "AccountToken" (id, "userId", name, permissions, "allWebsites", digest, "displayKey", "updatedAt")
       SELECT gen_random_uuid(), id, 'planted', '{}', true, sha256(random()::text::bytea), 'dft_planted', now() FROM "User" LIMIT 1
       RETURNING id::text`,
    );
    expect(await session.query<Problem>(INVARIANTS)).toEqual([
      { problem: "token without its token.create event", id: planted?.id },
    ]);
  } finally {
    await session.exec("ROLLBACK");
  }
}

async function checkAfterCrashes(open: () => Database, secretsFile: string): Promise<void> {
  const database = open();
  try {
    await database.withSession(async (session) => {
      expect(await session.query<Problem>(INVARIANTS)).toEqual([]);
      expect(await checkSecrets(session, secretsFile)).toBeGreaterThan(0);
      const [events] = await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent"`);
      expect(events?.n).toBeGreaterThanOrEqual(10);
      await expectPlantedHalfWriteFound(session);
    });
  } finally {
    await database.close();
  }
}

function writerEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "test",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ...overrides,
  };
  if (!overrides.DATABASE_URL) delete env.DATABASE_URL;
  return env;
}

describe("S75 process killed mid-write, restarted", () => {
  it.runIf(template.kind === "embedded")(
    "S75 embedded PGlite folder: killed 4 times mid-write, it reopens with migrations intact and no half-created row",
    async () => {
      if (template.kind !== "embedded") return;
      const dir = mkdtempSync(path.join(tmpdir(), "keyward-crash-"));
      const secretsFile = path.join(dir, "secrets.txt");
      const dataDir = path.join(dir, "pglite");
      try {
        // The folder starts as a copy of the migrated template: initdb alone would take most of
        // this test's time budget, and the writer's start-up still runs the migrator on it.
        const seeded = openEmbedded({ dataDir, loadDataDir: new Blob([readFileSync(template.tarball)]) });
        await seeded.withSession((session) => session.query("SELECT 1"));
        await seeded.close();
        const env = writerEnv({ KEYWARD_DATA_DIR: dir });
        for (let kill = 0; kill < KILLS; kill++) await runWriter(env, secretsFile);
        await checkAfterCrashes(() => openEmbedded({ dataDir }), secretsFile);
        // The migrator finds every migration applied, finished and unedited: nothing to redo.
        const reopened = openEmbedded({ dataDir });
        try {
          await reopened.withSession(async (session) => {
            expect(await migrate(session)).toEqual([]);
            const applied = await session.query<{ migration_name: string }>(
              `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
            );
            expect(applied.map((row) => row.migration_name)).toEqual(readMigrations().map((m) => m.name));
          });
        } finally {
          await reopened.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TIME_LIMIT,
  );

  it.runIf(template.kind === "postgres")(
    "S75 PostgreSQL: writer killed 4 times mid-write leaves no half-created row",
    async () => {
      if (template.kind !== "postgres") return;
      const dir = mkdtempSync(path.join(tmpdir(), "keyward-crash-"));
      const secretsFile = path.join(dir, "secrets.txt");
      const name = randomDatabaseName("keyward_crash");
      await adminQuery(template.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template.template}"`);
      const url = databaseUrl(template.serverUrl, name);
      try {
        const env = writerEnv({ KEYWARD_DATA_DIR: dir, DATABASE_URL: url });
        for (let kill = 0; kill < KILLS; kill++) await runWriter(env, secretsFile);
        await checkAfterCrashes(() => openPostgres(url, 2), secretsFile);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await adminQuery(template.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    },
    TIME_LIMIT,
  );
});
