import { describe, expect, it } from "vitest";
import { latestExpiryWithin, tokenPolicyRefusal, type TokenPolicy } from "./token-policy";

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 11, 6, 12);
const site = (policy: Partial<TokenPolicy>) => ({
  name: "Shop",
  policy: { maxLifetimeDays: null, mustExpire: false, allowAllWebsites: true, ...policy },
});
const token = (allWebsites: boolean, days: number | null) => ({
  allWebsites,
  expiresAt: days === null ? null : now + days * DAY,
});

describe("tokenPolicyRefusal", () => {
  it("accepts anything without rules", () => {
    expect(tokenPolicyRefusal(site({}), token(true, null), now)).toBeNull();
  });

  it("names the website and the rule broken", () => {
    expect(tokenPolicyRefusal(site({ allowAllWebsites: false }), token(true, 5), now)).toMatch(
      /^Shop does not accept tokens for all websites/,
    );
    expect(tokenPolicyRefusal(site({ mustExpire: true }), token(false, null), now)).toBe(
      "Shop requires tokens that reach it to expire.",
    );
    expect(tokenPolicyRefusal(site({ maxLifetimeDays: 90 }), token(false, null), now)).toBe(
      "Shop requires tokens that reach it to expire within 90 days.",
    );
    expect(tokenPolicyRefusal(site({ maxLifetimeDays: 90 }), token(false, 92), now)).toBe(
      "Shop allows tokens that reach it to live at most 90 days.",
    );
  });

  it("counts a chosen last day whole", () => {
    expect(tokenPolicyRefusal(site({ maxLifetimeDays: 90 }), token(false, 90.9), now)).toBeNull();
    expect(tokenPolicyRefusal(site({ mustExpire: true }), token(false, 3650), now)).toBeNull();
  });
});

describe("latestExpiryWithin", () => {
  const policy = (p: Partial<TokenPolicy>): TokenPolicy => ({
    maxLifetimeDays: null,
    mustExpire: false,
    allowAllWebsites: true,
    ...p,
  });

  it("takes the shortest maximum lifetime of the websites reached", () => {
    expect(latestExpiryWithin([policy({ maxLifetimeDays: 90 }), policy({ maxLifetimeDays: 14 })], now)).toBe(
      now + 14 * DAY,
    );
  });

  it("gives the default 30 days when the websites only require an expiry", () => {
    expect(latestExpiryWithin([policy({ mustExpire: true }), policy({})], now)).toBe(now + 30 * DAY);
  });

  it("is null when no policy limits the lifetime", () => {
    expect(latestExpiryWithin([policy({ allowAllWebsites: false })], now)).toBeNull();
    expect(latestExpiryWithin([], now)).toBeNull();
  });

  it("gives an expiry each policy accepts", () => {
    const policies = [policy({ maxLifetimeDays: 7, mustExpire: true }), policy({ mustExpire: true })];
    const expiresAt = latestExpiryWithin(policies, now);
    for (const p of policies)
      expect(
        tokenPolicyRefusal({ name: "Shop", policy: p }, { allWebsites: false, expiresAt }, now),
      ).toBeNull();
  });
});
