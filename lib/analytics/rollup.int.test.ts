import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db";
import { makePerson, makeWebsite } from "@/test/factories";
import { analyticsQuery } from "./analytics-query";
import { plainBucketsSql, plainCountsSql } from "./plain-sql";
import { startOfLocalDay, wallClock } from "./resolve-range";
import { rolledUpBucketsSql, rolledUpCountsSql, wholeSlots } from "./rollup-sql";

// The rollups must give exactly what counting every row gives: the same three numbers for any
// range, in time zones with daylight saving (a 30-minute shift on Lord Howe), a +05:45 offset,
// month ends, ranges shorter than a quarter hour, and visitors seen by payments and profiles too.

const DAY = 24 * 60 * 60 * 1000;
const SPAN_START = Date.parse("2026-09-25T00:00:00Z");
const SPAN_DAYS = 45;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Counts = { visitors: number; sessions: number; goals: number };

async function counts(sql: ReturnType<typeof plainCountsSql>): Promise<Counts | undefined> {
  const [row] = await db().$queryRaw<Counts[]>(sql);
  return row;
}

async function seedActivity(websiteId: string, next: () => number, events: number): Promise<void> {
  const at = () => new Date(SPAN_START + Math.floor(next() * SPAN_DAYS * DAY));
  const visitor = () => `v${Math.floor(next() * 150)}`;
  const rows = Array.from({ length: events }, () => ({
    websiteId,
    visitorId: visitor(),
    name: "signup",
    createdAt: at(),
  }));
  // A few at exact quarter hours and local midnights, where off-by-one mistakes live.
  for (const row of rows.slice(0, 40))
    row.createdAt = new Date(Math.floor(row.createdAt.getTime() / 900_000) * 900_000);
  await db().event.createMany({ data: rows });
  await db().payment.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      websiteId,
      transactionId: `t${i}-${next()}`,
      amountMinor: BigInt(100 * i),
      currency: "USD",
      visitorId: i % 5 === 0 ? null : `${i % 2 ? "v" : "p"}${Math.floor(next() * 200)}`,
      createdAt: at(),
    })),
  });
  for (let i = 0; i < 40; i++) {
    const created = at();
    const updated = new Date(Math.max(created.getTime(), at().getTime()));
    await db()
      .$executeRaw`INSERT INTO "Identity" (id, "websiteId", "visitorId", "userId", "createdAt", "updatedAt")
      VALUES (gen_random_uuid(), ${websiteId}::uuid, ${`${i % 2 ? "v" : "i"}${Math.floor(next() * 200)}`}, ${`u${i}`}, ${created}, ${updated})
      ON CONFLICT DO NOTHING`;
  }
}

/** Ranges of every kind over the span: ragged instants, whole local days, a few minutes, weeks. */
function ranges(timeZone: string, next: () => number): { start: string; end: string }[] {
  const lengths = [
    5 * 60 * 1000,
    14 * 60 * 1000 + 1,
    3 * 60 * 60 * 1000,
    DAY,
    3 * DAY + 7,
    7 * DAY,
    40 * DAY,
  ];
  const out: { start: string; end: string }[] = [];
  for (let i = 0; i < 28; i++) {
    const start = SPAN_START - DAY + Math.floor(next() * (SPAN_DAYS + 2) * DAY);
    const length = lengths[i % lengths.length]!;
    out.push({ start: new Date(start).toISOString(), end: new Date(start + length).toISOString() });
  }
  for (let i = 0; i < 8; i++) {
    const from = wallClock(SPAN_START + Math.floor(next() * SPAN_DAYS * DAY), timeZone);
    const days = 1 + Math.floor(next() * 20);
    out.push({
      start: startOfLocalDay(from.year, from.month, from.day, timeZone).toISOString(),
      end: startOfLocalDay(from.year, from.month, from.day + days, timeZone).toISOString(),
    });
  }
  // One end at a local midnight, the other ragged: one day in part, at the start or at the end.
  for (let i = 0; i < 6; i++) {
    const from = wallClock(SPAN_START + Math.floor(next() * SPAN_DAYS * DAY), timeZone);
    const midnight = startOfLocalDay(from.year, from.month, from.day, timeZone).getTime();
    const ragged = Math.floor(next() * 9 * DAY) + 1;
    const [start, end] = i % 2 ? [midnight - ragged, midnight] : [midnight, midnight + ragged];
    out.push({ start: new Date(start).toISOString(), end: new Date(end).toISOString() });
  }
  out.push({
    start: new Date(SPAN_START - DAY).toISOString(),
    end: new Date(SPAN_START + 50 * DAY).toISOString(),
  });
  return out;
}

type BucketCounts = { bucket: Date; visitors: number; sessions: number };

async function buckets(sql: ReturnType<typeof plainBucketsSql>): Promise<BucketCounts[]> {
  const rows = await db().$queryRaw<BucketCounts[]>(sql);
  return rows.sort((a, b) => a.bucket.getTime() - b.bucket.getTime());
}

async function expectSameCounts(websiteId: string, timeZone: string, seed: number): Promise<void> {
  let seen = 0;
  for (const [index, range] of ranges(timeZone, random(seed)).entries()) {
    const { start, end } = range;
    const plain = await counts(plainCountsSql(websiteId, start, end, timeZone));
    const rolled = await counts(rolledUpCountsSql(websiteId, start, end, timeZone));
    expect({ timeZone, start, end, ...rolled }).toEqual({ timeZone, start, end, ...plain });
    seen += plain?.visitors ?? 0;
    const interval = (["day", "week", "month"] as const)[index % 3]!;
    const plainBuckets = await buckets(plainBucketsSql(websiteId, range, interval, timeZone));
    const rolledBuckets = await buckets(rolledUpBucketsSql(websiteId, range, interval, timeZone));
    expect({ interval, start, end, rows: rolledBuckets }).toEqual({
      interval,
      start,
      end,
      rows: plainBuckets,
    });
  }
  // The ranges are not all empty: the comparison compares something.
  expect(seen).toBeGreaterThan(500);
}

describe("analytics rollups", () => {
  for (const [index, timeZone] of [
    "Australia/Lord_Howe",
    "America/New_York",
    "Asia/Kathmandu",
    "UTC",
  ].entries()) {
    it(`count visitors, sessions and goals exactly as every row does (${timeZone})`, async () => {
      const owner = await makePerson();
      const website = await makeWebsite(owner.id);
      await db().website.update({ where: { id: website._id }, data: { timezone: timeZone } });
      const next = random(index + 1);
      await seedActivity(website._id, next, 2500);
      const [slots] = await db().$queryRaw<{ events: number }[]>`
        SELECT sum(count)::int AS events FROM "GoalSlot" WHERE "websiteId" = ${website._id}::uuid`;
      expect(slots?.events).toBe(2500);
      await expectSameCounts(website._id, timeZone, index + 100);
    });
  }

  it("are rebuilt when the website's time zone changes, and kept by events recorded after it", async () => {
    const owner = await makePerson();
    const website = await makeWebsite(owner.id);
    const next = random(7);
    await seedActivity(website._id, next, 1500);
    await db().website.update({ where: { id: website._id }, data: { timezone: "Asia/Kathmandu" } });
    // The rollups are kept in the website's time zone only: another one is counted from the rows.
    expect(
      await counts(
        rolledUpCountsSql(
          website._id,
          new Date(SPAN_START).toISOString(),
          new Date(SPAN_START + DAY).toISOString(),
          "UTC",
        ),
      ),
    ).toBeUndefined();
    await expectSameCounts(website._id, "Asia/Kathmandu", 8);
    await seedActivity(website._id, next, 500);
    await expectSameCounts(website._id, "Asia/Kathmandu", 9);
  });

  it("wholeSlots keeps the whole quarter hours of a range, or none", () => {
    expect(wholeSlots("2026-10-01T10:07:00.000Z", "2026-10-01T11:59:59.999Z")).toEqual({
      s: "2026-10-01T10:15:00.000Z",
      e: "2026-10-01T11:45:00.000Z",
    });
    expect(wholeSlots("2026-10-01T10:00:00.000Z", "2026-10-01T10:15:00.000Z")).toEqual({
      s: "2026-10-01T10:00:00.000Z",
      e: "2026-10-01T10:15:00.000Z",
    });
    expect(wholeSlots("2026-10-01T10:01:00.000Z", "2026-10-01T10:29:00.000Z")).toEqual({
      s: "2026-10-01T10:01:00.000Z",
      e: "2026-10-01T10:01:00.000Z",
    });
  });

  it("run with JIT off: PostgreSQL's took over a second to compile a rollup statement", async () => {
    const show = () => db().$queryRaw<{ jit: string }[]>`SHOW jit`;
    const before = await show();
    expect(await analyticsQuery<{ jit: string }>(Prisma.sql`SHOW jit`)).toEqual([{ jit: "off" }]);
    // Only for that statement: SET LOCAL ends with its transaction.
    expect(await show()).toEqual(before);
  });
});
