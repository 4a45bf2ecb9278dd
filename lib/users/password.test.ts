import { describe, expect, it } from "vitest";
import { HASHING_CONCURRENCY, withPasswordSlot } from "./password";

describe("withPasswordSlot", () => {
  it("S90 runs at most HASHING_CONCURRENCY password checks at once; the rest queue in order", async () => {
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const work = (i: number) =>
      withPasswordSlot(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(i);
        running -= 1;
      });
    await Promise.all(Array.from({ length: 24 }, (_, i) => work(i)));
    expect(peak).toBe(HASHING_CONCURRENCY);
    if (HASHING_CONCURRENCY === 1) expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("is re-entrant (a sign-in holding a slot verifies in it) and frees its slot on failure", async () => {
    await expect(withPasswordSlot(() => withPasswordSlot(async () => "inner"))).resolves.toBe("inner");
    await expect(withPasswordSlot(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(withPasswordSlot(async () => "free")).resolves.toBe("free");
  });
});
