import { describe, expect, it, vi } from "vitest";
import { randomBase62 } from "./random-base62";

// Scripted CSPRNG output: each call to randomBytes returns the next queued chunk.
const draws = vi.hoisted(() => [] as number[][]);
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return {
    ...actual,
    randomBytes: (size: number) => {
      const next = draws.shift();
      if (!next) throw new Error("test drew more bytes than scripted");
      expect(next.length).toBeLessThanOrEqual(size);
      return Buffer.from(next);
    },
  };
});

describe("randomBase62", () => {
  it.each<[string, number[][], number, string]>([
    ["maps 0–247 by value % 62", [[0, 61, 62, 123, 247]], 5, "0z0zz"],
    ["discards 248–255 rather than folding them onto 0–7", [[248, 1, 255, 2, 250, 3]], 3, "123"],
    [
      "draws again when a whole draw is rejected",
      [
        [255, 254, 253, 252],
        [9, 10],
      ],
      2,
      "9A",
    ],
    ["stops at the requested length", [[36, 37, 38, 39]], 2, "ab"],
  ])("S10 %s", (_label, script, length, expected) => {
    draws.splice(0, draws.length, ...script);
    expect(randomBase62(length)).toBe(expected);
    expect(draws, "every scripted draw consumed").toEqual([]);
  });
});
