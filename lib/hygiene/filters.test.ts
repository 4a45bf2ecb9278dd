import { describe, expect, it } from "vitest";
import { hygieneCounts, matchesHygiene, matchesSearch, sortCredentials, type HygieneItem } from "./filters";

const NOW = Date.parse("2026-12-06T00:00:00Z");
const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(NOW + offsetDays * DAY).toISOString();

function item(overrides: Partial<HygieneItem> = {}): HygieneItem {
  return { createdAt: iso(-1), lastUsedAt: iso(-1), expiresAt: iso(30), ...overrides };
}

describe("hygiene filters", () => {
  it("unused for 90 days: last use, or creation when never used, 90 days ago or more", () => {
    expect(matchesHygiene(item({ lastUsedAt: iso(-90) }), "unused", NOW)).toBe(true);
    expect(matchesHygiene(item({ lastUsedAt: iso(-89) }), "unused", NOW)).toBe(false);
    expect(matchesHygiene(item({ lastUsedAt: null, createdAt: iso(-100) }), "unused", NOW)).toBe(true);
    expect(matchesHygiene(item({ lastUsedAt: null, createdAt: iso(-10) }), "unused", NOW)).toBe(false);
  });

  it("never expiring, all websites, expiring within 7 days (not already expired)", () => {
    expect(matchesHygiene(item({ expiresAt: null }), "never-expires", NOW)).toBe(true);
    expect(matchesHygiene(item(), "never-expires", NOW)).toBe(false);
    expect(matchesHygiene(item({ allWebsites: true }), "all-websites", NOW)).toBe(true);
    expect(matchesHygiene(item({ allWebsites: false }), "all-websites", NOW)).toBe(false);
    expect(matchesHygiene(item({ expiresAt: iso(7) }), "expiring", NOW)).toBe(true);
    expect(matchesHygiene(item({ expiresAt: iso(8) }), "expiring", NOW)).toBe(false);
    expect(matchesHygiene(item({ expiresAt: iso(-1) }), "expiring", NOW)).toBe(false);
  });

  it("made by people no longer on the website: flagged by offboarding, or the person's account is gone; never a token", () => {
    expect(matchesHygiene(item({ createdBy: { _id: "p" }, flaggedAt: iso(-1) }), "creator-gone", NOW)).toBe(
      true,
    );
    expect(matchesHygiene(item({ createdBy: null, flaggedAt: null }), "creator-gone", NOW)).toBe(true);
    expect(matchesHygiene(item({ createdBy: { _id: "p" }, flaggedAt: null }), "creator-gone", NOW)).toBe(
      false,
    );
    expect(matchesHygiene(item(), "creator-gone", NOW)).toBe(false);
  });

  it("outside a website's policy: only tokens the server marked so", () => {
    expect(matchesHygiene(item({ outsidePolicy: true }), "outside-policy", NOW)).toBe(true);
    expect(matchesHygiene(item({ outsidePolicy: false }), "outside-policy", NOW)).toBe(false);
    expect(matchesHygiene(item(), "outside-policy", NOW)).toBe(false);
  });

  it("counts each filter over a list", () => {
    const counts = hygieneCounts(
      [item({ expiresAt: null, allWebsites: true }), item({ expiresAt: iso(2) })],
      NOW,
    );
    expect(counts).toEqual({
      unused: 0,
      "never-expires": 1,
      "all-websites": 1,
      expiring: 1,
      "creator-gone": 0,
      "outside-policy": 0,
    });
  });

  it("sorts by last use and expiry, never-used and never-expiring last; searches name and prefix", () => {
    const a = { ...item({ lastUsedAt: iso(-3), expiresAt: null }), name: "a", displayKey: "dft_AAAA…" };
    const b = { ...item({ lastUsedAt: null, expiresAt: iso(2) }), name: "b", displayKey: "dft_BBBB…" };
    const c = { ...item({ lastUsedAt: iso(-1), expiresAt: iso(9) }), name: "c", displayKey: "dft_CCCC…" };
    expect(sortCredentials([a, b, c], "last-used").map((x) => x.name)).toEqual(["c", "a", "b"]);
    expect(sortCredentials([a, b, c], "expires").map((x) => x.name)).toEqual(["b", "c", "a"]);
    expect([a, b, c].filter((x) => matchesSearch(x, "bbb")).map((x) => x.name)).toEqual(["b"]);
    expect([a, b, c].filter((x) => matchesSearch(x, " C ")).map((x) => x.name)).toEqual(["c"]);
  });
});
