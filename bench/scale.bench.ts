// Server time of the pages, lists and actions at scale, on PostgreSQL: one person with 1 000
// websites, 20 tokens each allow-listed to 200 websites, 10 keys on each of 100 websites, and on
// one busy website a team of 2 000 people, 500 pending invitations, 100 000 audit events and
// 1 000 000 goal events (the last 29 days, so all of them fall in the overview's default range). Seeded with set-based SQL (generate_series), then
// each domain call a page, list or action makes is timed in this process: median and worst of a
// few runs, the overview and timeseries with their 5-second cache cleared first. Target < 300 ms.
import { randomUUID } from "node:crypto";
import { sessionActor, type Actor } from "@/lib/actor";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { listAccountTokenItems, listAccountTokens } from "@/lib/account-tokens/list-account-tokens";
import { getTokenFormContext } from "@/lib/account-tokens/token-form-context";
import { getOverview } from "@/lib/analytics/get-overview";
import { getTimeseries } from "@/lib/analytics/get-timeseries";
import { invalidateOverview } from "@/lib/analytics/overview-cache";
import { decodeCursor } from "@/lib/audit/activity-query";
import { listAccountActivity } from "@/lib/audit/list-account-activity";
import { listWebsiteActivity } from "@/lib/audit/list-website-activity";
import { directQuery, installDatabase } from "@/lib/db";
import { openPostgres } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { listInvitations, listInvitationsPage } from "@/lib/team/list-invitations";
import { listMembers, listMembersPage } from "@/lib/team/list-members";
import { membersWithTwoFactor } from "@/lib/team/two-factor-members";
import { listWebsiteKeys } from "@/lib/website-keys/list-website-keys";
import { listWebsites, listWebsitesPage } from "@/lib/websites/list-websites";
import { onFreshPostgres } from "./postgres";

const RUNS = 5;
const TARGET_MS = 300;

// Random 32-byte digests: the rows are listed, never looked up by secret.
const DIGEST = "decode(md5(random()::text) || md5(random()::text), 'hex')";

/** The dataset of issue 21, set-based: a few statements, not a million round trips. */
const SEED = (userId: string) => [
  `INSERT INTO "Website" (id, domain, name, timezone, "trackingId", "updatedAt")
     SELECT gen_random_uuid(), 'site' || i || '.example.com', 'Site ' || lpad(i::text, 4, '0'), 'UTC',
            'dfid_scale' || i, now()
     FROM generate_series(1, 1000) AS i`,
  `INSERT INTO "Membership" (id, "userId", "websiteId", role, "updatedAt")
     SELECT gen_random_uuid(), '${userId}', id, 'owner', now() FROM "Website"`,
  `INSERT INTO "AccountToken" (id, "userId", name, permissions, "allWebsites", digest, "displayKey", "updatedAt")
     SELECT gen_random_uuid(), '${userId}', 'token ' || i, ARRAY['*'], false, ${DIGEST}, 'dft_…' || i, now()
     FROM generate_series(1, 20) AS i`,
  `INSERT INTO "AccountTokenWebsite" ("tokenId", "websiteId")
     SELECT t.id, w.id FROM "AccountToken" t
     CROSS JOIN LATERAL (SELECT id FROM "Website" ORDER BY random() LIMIT 200) AS w`,
  `INSERT INTO "WebsiteKey" (id, "websiteId", "createdById", name, digest, "displayKey", "updatedAt")
     SELECT gen_random_uuid(), w.id, '${userId}', 'key ' || i, ${DIGEST}, 'df_…' || i, now()
     FROM (SELECT id FROM "Website" ORDER BY name LIMIT 100) AS w CROSS JOIN generate_series(1, 10) AS i`,
  `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), 'person' || i || '@example.test', 'Person ' || lpad(i::text, 4, '0'), 'x', now()
     FROM generate_series(1, 2000) AS i`,
  `INSERT INTO "Membership" (id, "userId", "websiteId", role, "updatedAt")
     SELECT gen_random_uuid(), u.id, (SELECT id FROM "Website" ORDER BY name LIMIT 1),
            (CASE WHEN random() < 0.5 THEN 'member' ELSE 'viewer' END)::"Role", now()
     FROM "User" u WHERE u.email LIKE 'person%'`,
  `INSERT INTO "Invitation" (id, "websiteId", email, role, "tokenDigest", "invitedById", "expiresAt")
     SELECT gen_random_uuid(), (SELECT id FROM "Website" ORDER BY name LIMIT 1), 'invitee' || i || '@example.test',
            'viewer', ${DIGEST}, '${userId}', now() + interval '7 days'
     FROM generate_series(1, 500) AS i`,
  `INSERT INTO "AuditEvent" (id, "createdAt", "actorUserId", credential, "websiteId", action, ip, "userAgent")
     SELECT gen_random_uuid(), now() - i * interval '10 seconds', '${userId}', 'session',
            (SELECT id FROM "Website" ORDER BY name LIMIT 1), 'key.created', '203.0.113.7', 'bench'
     FROM generate_series(1, 100000) AS i`,
  `INSERT INTO "Event" (id, "websiteId", "visitorId", name, "createdAt")
     SELECT gen_random_uuid(), (SELECT id FROM "Website" ORDER BY name LIMIT 1), 'v' || (i % 50000),
            'signup', now() - i * interval '2.5 seconds'
     FROM generate_series(1, 1000000) AS i`,
  `ANALYZE`,
];

async function timed(name: string, run: () => Promise<unknown>, before?: () => unknown): Promise<void> {
  const durations: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    await before?.();
    const start = process.hrtime.bigint();
    const result = await run();
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
    size = JSON.stringify(result).length;
  }
  durations.sort((a, b) => a - b);
  const median = durations[Math.floor(RUNS / 2)]!;
  const worst = durations[RUNS - 1]!;
  const mark = worst < TARGET_MS ? "" : "  over target";
  console.log(
    `${name.padEnd(58)}${median.toFixed(1).padStart(10)}${worst.toFixed(1).padStart(10)}${Math.round(
      size / 1024,
    )
      .toString()
      .padStart(9)}${mark}`,
  );
}

async function scenarios(actor: Actor, busy: string): Promise<void> {
  const websiteIds = (
    await directQuery<{ id: string }>(`SELECT id FROM "Website" ORDER BY name DESC LIMIT 200`)
  ).map((row) => row.id);
  const [deep] = await directQuery<{ at: Date; id: string }>(
    `SELECT "createdAt" AS at, id FROM "AuditEvent" WHERE "websiteId" = $1
     ORDER BY "createdAt" DESC, id DESC OFFSET 90000 LIMIT 1`,
    [busy],
  );
  const before = decodeCursor(`${deep!.at.getTime()}.${deep!.id}`);
  const token = { permissions: ["analytics:read"] as never, websiteIds, expiresAt: null };

  await timed("websites page, first 60 (listWebsitesPage)", () => listWebsitesPage(actor, {}));
  await timed("websites page, page 10", () => listWebsitesPage(actor, { page: 10 }));
  await timed("websites page, search (100 matches)", () => listWebsitesPage(actor, { query: "site 05" }));
  await timed("header switcher, first 20", () => listWebsitesPage(actor, { pageSize: 20 }));
  await timed("REST websites list, all (listWebsites)", () => listWebsites(actor));
  await timed("Account → API: tokens (listAccountTokenItems)", () => listAccountTokenItems(actor));
  await timed("REST tokens list, all (listAccountTokens)", () => listAccountTokens(actor));
  const [edited] = await listAccountTokenItems(actor);
  await timed("Account → API: create dialog opens (websites, roles)", () => getTokenFormContext(actor, null));
  await timed("Account → API: edit dialog opens (+ the token whole)", () =>
    getTokenFormContext(actor, edited!._id),
  );
  await timed("Website → Developer: keys (listWebsiteKeys)", () => listWebsiteKeys(actor, busy));
  // What the Team page reads: a page of members with their two-factor column, a page of invitations.
  const membersPage = (query: { query?: string; page?: number }) => async () => {
    const page = await listMembersPage(actor, busy, query);
    const twoFactor = await membersWithTwoFactor(
      actor,
      busy,
      page.members.map((member) => member.userId),
    );
    return { page, twoFactor };
  };
  await timed("Website → Team: members, first 50 of 2 001", membersPage({}));
  await timed("Website → Team: members, page 40", membersPage({ page: 40 }));
  await timed("Website → Team: members, search (100 matches)", membersPage({ query: "person 01" }));
  await timed("Website → Team: invitations, first 50 of 500", () => listInvitationsPage(actor, busy, {}));
  await timed("REST team list, all (listMembers + listInvitations)", () =>
    Promise.all([listMembers(actor, busy), listInvitations(actor, busy)]),
  );
  await timed("Website → Activity, first page", () => listWebsiteActivity(actor, busy));
  await timed("Website → Activity, page 3 600 (keyset)", () => listWebsiteActivity(actor, busy, { before }));
  await timed("Account → Activity, first page", () => listAccountActivity(actor));
  // A person may hold 20 active tokens: one is revoked before each run to make room.
  const makeRoom = () =>
    directQuery(
      `UPDATE "AccountToken" SET "revokedAt" = now()
       WHERE id = (SELECT id FROM "AccountToken" WHERE "revokedAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1)`,
    );
  await timed(
    "create token, 200-website allow-list",
    () => createAccountToken(actor, { ...token, name: `scale ${randomUUID()}` }),
    makeRoom,
  );
  const overview = () => invalidateOverview(busy);
  await timed("overview of 1 M events (uncached)", () => getOverview(actor, busy), overview);
  await timed(
    "timeseries by day, 1 M events (uncached)",
    () => getTimeseries(actor, busy, { fields: "visitors,revenue", interval: "day" } as never),
    overview,
  );
  await timed(
    "timeseries by week, 1 M events (uncached)",
    () => getTimeseries(actor, busy, { fields: "visitors,sessions", interval: "week" } as never),
    overview,
  );
  // The rollups are kept in the website's time zone: another one counts every event, as before.
  await timed(
    "overview in another time zone (every event)",
    () => getOverview(actor, busy, { timezone: "Asia/Tokyo" }),
    overview,
  );
}

export async function benchScale(): Promise<void> {
  console.log(
    "\nScale (PostgreSQL) — 1 000 websites, 20 tokens × 200 websites, 10 keys × 100 websites, a team of 2 001, 500 invitations, 100 000 audit events, 1 000 000 goal events;",
  );
  console.log(
    `server time of the domain call each page, list or action makes, ${RUNS} runs; target < ${TARGET_MS} ms`,
  );
  console.log(
    `${"case".padEnd(58)}${"median ms".padStart(10)}${"worst ms".padStart(10)}${"JSON KB".padStart(9)}`,
  );
  await onFreshPostgres("keyward_bench_scale", async (url) => {
    const database = openPostgres(url, 5);
    try {
      await database.withSession((session) => migrate(session));
      installDatabase(database);
      const user = await database.prisma.user.create({
        data: { email: "scale@example.test", name: "Scale", passwordHash: "x" },
      });
      const seedStart = Date.now();
      for (const statement of SEED(user.id)) await database.query(statement);
      console.log(`(seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s)`);
      const [busy] = await directQuery<{ id: string }>(`SELECT id FROM "Website" ORDER BY name LIMIT 1`);
      await scenarios(sessionActor(user.id, { ip: "127.0.0.1", userAgent: "bench" }), busy!.id);
    } finally {
      await database.close();
    }
  });
}
