import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedOverview, invalidateOverview } from "./overview-cache";

function counter() {
  let calls = 0;
  return { compute: async () => ++calls, calls: () => calls };
}

describe("overview cache", () => {
  const at = new Date("2026-11-23T12:00:01.000Z");
  const sameWindow = new Date("2026-11-23T12:00:04.999Z");
  const nextWindow = new Date("2026-11-23T12:00:05.000Z");

  it("answers the same website and query from one computation within a window", async () => {
    const site = randomUUID();
    const { compute, calls } = counter();
    expect(await cachedOverview(site, { fields: "visitors" }, at, compute)).toBe(1);
    expect(await cachedOverview(site, { fields: "visitors" }, sameWindow, compute)).toBe(1);
    expect(calls()).toBe(1);
  });

  it("computes again for another query, another website, or the next window", async () => {
    const site = randomUUID();
    const { compute, calls } = counter();
    await cachedOverview(site, {}, at, compute);
    await cachedOverview(site, { timezone: "UTC" }, at, compute);
    await cachedOverview(randomUUID(), {}, at, compute);
    expect(await cachedOverview(site, {}, nextWindow, compute)).toBe(4);
    expect(calls()).toBe(4);
  });

  it("computes again once a write to the website is reported, and only for that website", async () => {
    const [site, other] = [randomUUID(), randomUUID()];
    const { compute } = counter();
    await cachedOverview(site, {}, at, compute);
    await cachedOverview(other, {}, at, compute);
    invalidateOverview(site);
    expect(await cachedOverview(site, {}, at, compute)).toBe(3);
    expect(await cachedOverview(other, {}, at, compute)).toBe(2);
  });

  it("does not keep a result computed while a write committed", async () => {
    const site = randomUUID();
    let calls = 0;
    const racing = async () => {
      calls += 1;
      if (calls === 1) invalidateOverview(site);
      return calls;
    };
    expect(await cachedOverview(site, {}, at, racing)).toBe(1);
    expect(await cachedOverview(site, {}, at, racing)).toBe(2);
    expect(await cachedOverview(site, {}, at, racing)).toBe(2);
  });

  it("requests arriving while the numbers are computed share that computation", async () => {
    const site = randomUUID();
    let calls = 0;
    let finish: (value: number) => void = () => {};
    const slow = () => {
      calls += 1;
      return new Promise<number>((resolve) => (finish = resolve));
    };
    const answers = Promise.all([1, 2, 3].map(() => cachedOverview(site, {}, at, slow)));
    finish(7);
    expect(await answers).toEqual([7, 7, 7]);
    expect(calls).toBe(1);
  });

  it("a failed computation is not kept: the next request computes again", async () => {
    const site = randomUUID();
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls === 1) throw new Error("database unavailable");
      return calls;
    };
    await expect(cachedOverview(site, {}, at, flaky)).rejects.toThrow("database unavailable");
    expect(await cachedOverview(site, {}, at, flaky)).toBe(2);
    expect(await cachedOverview(site, {}, at, flaky)).toBe(2);
  });
});
