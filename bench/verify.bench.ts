// verifySecret throughput and latency for valid secrets (no cache: every call is one indexed
// lookup), on the embedded database and on PostgreSQL. Targets: p50 ≤ 1 ms uncached.
import { installDatabase } from "@/lib/db";
import { verifySecret } from "@/lib/credentials/verify";
import { generateSecret } from "@/lib/secrets";
import {
  buildEmbeddedTemplate,
  openTestDatabase,
  adminQuery,
  databaseUrl,
  randomDatabaseName,
} from "@/test/test-database";
import { openPostgres } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { formatRow, HEADER, summarize } from "./stats";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const WARMUP = 200;
const ITERATIONS = 3_000;

async function seedSecrets(database: Awaited<ReturnType<typeof openTestDatabase>>["database"]) {
  const prisma = database.prisma;
  const user = await prisma.user.create({
    data: { email: `bench-${Date.now()}@example.test`, name: "Bench", passwordHash: "x" },
  });
  const website = await prisma.website.create({
    data: {
      domain: "bench.example.com",
      name: "Bench",
      timezone: "UTC",
      trackingId: `dfid_bench${Date.now()}`,
    },
  });
  await prisma.membership.create({ data: { userId: user.id, websiteId: website.id, role: "owner" } });
  const token = generateSecret("account-token");
  await prisma.accountToken.create({
    data: {
      userId: user.id,
      name: "bench",
      permissions: ["*"],
      allWebsites: false,
      digest: token.digest,
      displayKey: token.displayKey,
      websites: { create: { websiteId: website.id } },
    },
  });
  const key = generateSecret("website-key");
  await prisma.websiteKey.create({
    data: { websiteId: website.id, name: "bench", digest: key.digest, displayKey: key.displayKey },
  });
  return { token: token.raw, key: key.raw };
}

async function time(raw: string): Promise<ReturnType<typeof summarize>> {
  for (let i = 0; i < WARMUP; i++) await verifySecret({ raw, request: "127.0.0.1" });
  const durations: number[] = [];
  const wallStart = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) {
    const start = process.hrtime.bigint();
    const result = await verifySecret({ raw, request: "127.0.0.1" });
    durations.push(Number(process.hrtime.bigint() - start));
    if (!result.ok) throw new Error(`bench secret refused: ${result.reason}`);
  }
  return summarize(durations, Number(process.hrtime.bigint() - wallStart));
}

async function benchOn(label: string, opened: Awaited<ReturnType<typeof openTestDatabase>>) {
  installDatabase(opened.database);
  const { token, key } = await seedSecrets(opened.database);
  console.log(formatRow(`verify dft_ (${label}, uncached)`, await time(token)));
  console.log(formatRow(`verify df_ (${label}, uncached)`, await time(key)));
  await opened.dispose();
}

export async function benchVerify(): Promise<void> {
  console.log("\nverifySecret — one indexed lookup per call, no cache; target p50 ≤ 1000 µs");
  console.log(HEADER);
  const dir = mkdtempSync(path.join(tmpdir(), "keyward-bench-"));
  const tarball = path.join(dir, "template.tar");
  writeFileSync(tarball, await buildEmbeddedTemplate());
  await benchOn("embedded", await openTestDatabase({ kind: "embedded", tarball }));

  const serverUrl = "postgres://postgres@127.0.0.1:5432/postgres";
  const name = randomDatabaseName("keyward_bench");
  try {
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  } catch (error) {
    console.log(`PostgreSQL at ${serverUrl} unavailable (${(error as Error).message}); skipped.`);
    return;
  }
  const database = openPostgres(databaseUrl(serverUrl, name), 5);
  await database.withSession((s) => migrate(s));
  await benchOn("PostgreSQL", {
    database,
    dispose: async () => {
      await database.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  });
}
