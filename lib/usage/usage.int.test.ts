import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  MAX_IPS_PER_CREDENTIAL,
  MAX_REFUSALS_PER_CREDENTIAL,
  UsageAggregator,
  type UsageEvent,
} from "./aggregator";
import { recentClientIps } from "./recent-client-ips";
import { writeUsageBatch } from "./write-batch";

// Issue 20 point 1: usage per credential, counted in memory and flushed in batches that add up.

const now = () => new Date();

function event(credentialId: string, overrides: Partial<UsageEvent> = {}): UsageEvent {
  return {
    credentialId,
    secret: "current",
    operation: "getToken",
    websiteId: "",
    status: 200,
    ip: "203.0.113.1",
    at: now(),
    ...overrides,
  };
}

async function stored(credentialId: string): Promise<number> {
  const rows = await db().credentialUsage.findMany({ where: { credentialId } });
  return rows.reduce((sum, row) => sum + row.count, 0);
}

describe("usage counting", () => {
  it("a flush adds to the stored counts instead of replacing them", async () => {
    const id = randomUUID();
    const aggregator = new UsageAggregator();
    for (let i = 0; i < 3; i++) aggregator.record(event(id));
    await writeUsageBatch(aggregator.drain());
    for (let i = 0; i < 2; i++) aggregator.record(event(id));
    await writeUsageBatch(aggregator.drain());
    expect(await stored(id)).toBe(5);
    expect(await db().credentialUsage.count({ where: { credentialId: id } })).toBe(1);
  });

  it("two instances (two aggregators) flushing the same credential and hour add up", async () => {
    const id = randomUUID();
    const [a, b] = [new UsageAggregator(), new UsageAggregator()];
    for (let i = 0; i < 4; i++) a.record(event(id, { ip: "198.51.100.1" }));
    for (let i = 0; i < 6; i++) b.record(event(id, { ip: "198.51.100.1" }));
    await Promise.all([writeUsageBatch(a.drain()), writeUsageBatch(b.drain())]);
    expect(await stored(id)).toBe(10);
    const ips = await db().credentialClientIp.findMany({ where: { credentialId: id } });
    expect(ips).toMatchObject([{ ip: "198.51.100.1", count: 10 }]);
  });

  it("the allow-list preview gets each credential's addresses of the usage window, most recent first", async () => {
    const [id, other] = [randomUUID(), randomUUID()];
    const aggregator = new UsageAggregator();
    const day = 86_400_000;
    aggregator.record(event(id, { ip: "198.51.100.7", at: new Date(Date.now() - 40 * day) }));
    aggregator.record(event(id, { ip: "198.51.100.8", at: new Date(Date.now() - 2 * day) }));
    aggregator.record(event(id, { ip: "2001:db8::1", at: new Date(Date.now() - day) }));
    aggregator.record(event(other, { ip: "192.0.2.9" }));
    await writeUsageBatch(aggregator.drain());
    expect(await recentClientIps([id])).toEqual({ [id]: ["2001:db8::1", "198.51.100.8"] });
    expect(await recentClientIps([])).toEqual({});
  });

  it("a restart loses at most what was counted since the last flush", async () => {
    const id = randomUUID();
    const before = new UsageAggregator();
    for (let i = 0; i < 7; i++) before.record(event(id));
    await writeUsageBatch(before.drain());
    before.record(event(id)); // counted after the last flush, then the process dies
    const after = new UsageAggregator();
    after.record(event(id));
    await writeUsageBatch(after.drain());
    expect(await stored(id)).toBe(8);
  });

  it("counts per operation, website, status class and hour, and which secret was used", async () => {
    const id = randomUUID();
    const aggregator = new UsageAggregator();
    const hourAgo = new Date(Date.now() - 3_600_000);
    aggregator.record(event(id, { operation: "listGoals", status: 200 }));
    aggregator.record(event(id, { operation: "listGoals", status: 201 }));
    aggregator.record(event(id, { operation: "listGoals", status: 404 }));
    aggregator.record(event(id, { operation: "listGoals", status: 200, at: hourAgo }));
    aggregator.record(event(id, { operation: "listGoals", status: 500, secret: "previous" }));
    await writeUsageBatch(aggregator.drain());
    const rows = await db().credentialUsage.findMany({ where: { credentialId: id } });
    expect(rows.map((r) => `${r.secret} ${r.statusClass} ${r.count}`).sort()).toEqual([
      "current 2 1",
      "current 2 2",
      "current 4 1",
      "previous 5 1",
    ]);
  });

  it("keeps at most the bound of distinct addresses and refusals per credential, the most recent", async () => {
    const id = randomUUID();
    const aggregator = new UsageAggregator();
    const start = Date.now() - 60_000;
    for (let i = 0; i < MAX_IPS_PER_CREDENTIAL + 10; i++)
      aggregator.record(event(id, { ip: `10.0.0.${i}`, at: new Date(start + i) }));
    await writeUsageBatch(aggregator.drain());
    for (let i = 0; i < 5; i++)
      aggregator.record(event(id, { ip: `10.0.1.${i}`, at: new Date(start + 1000 + i) }));
    for (let i = 0; i < MAX_REFUSALS_PER_CREDENTIAL + 5; i++)
      aggregator.record(event(id, { status: 403, reason: `no ${i}`, at: new Date(start + 2000 + i) }));
    await writeUsageBatch(aggregator.drain());
    const ips = await db().credentialClientIp.findMany({ where: { credentialId: id } });
    expect(ips).toHaveLength(MAX_IPS_PER_CREDENTIAL);
    expect(ips.map((r) => r.ip)).toContain("10.0.1.4");
    expect(ips.map((r) => r.ip)).not.toContain("10.0.0.0");
    const refusals = await db().credentialRefusal.findMany({ where: { credentialId: id } });
    expect(refusals).toHaveLength(MAX_REFUSALS_PER_CREDENTIAL);
    expect(refusals.map((r) => r.reason)).toContain(`no ${MAX_REFUSALS_PER_CREDENTIAL + 4}`);
    expect(refusals.map((r) => r.reason)).not.toContain("no 0");
  });

  it("a batch that cannot be written is kept for the next flush", async () => {
    const id = randomUUID();
    const aggregator = new UsageAggregator();
    aggregator.record(event(id));
    const batch = aggregator.drain();
    aggregator.restore(batch);
    aggregator.record(event(id));
    await writeUsageBatch(aggregator.drain());
    expect(await stored(id)).toBe(2);
  });
});
