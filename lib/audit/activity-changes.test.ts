import { describe, expect, it } from "vitest";
import { activityChanges } from "./activity-changes";

const domains = new Map([["w1", "shop.example"]]);

describe("activityChanges", () => {
  it("lists each changed field, before and after, in the lists' words", () => {
    const metadata = {
      before: { name: "CI", permissions: ["analytics:read"], websiteIds: ["w1"], expiresAt: null },
      after: { name: "CI v2", permissions: ["*"], websiteIds: [], expiresAt: "2030-03-02T07:59:59.999Z" },
    };
    expect(activityChanges(metadata, domains)).toEqual([
      { field: "Name", before: "CI", after: "CI v2" },
      { field: "Permissions", before: "analytics:read", after: "Full access" },
      { field: "Websites", before: "shop.example", after: "All websites" },
      { field: "Expires", before: "Never", after: "2030-03-02 07:59 UTC" },
    ]);
  });

  it("leaves out unchanged fields, and websites the reader cannot see are counted, not named", () => {
    const metadata = {
      before: { name: "CI", websiteIds: ["w1", "w2"] },
      after: { name: "CI", websiteIds: ["w1"] },
    };
    expect(activityChanges(metadata, domains)).toEqual([
      { field: "Websites", before: "2 websites", after: "shop.example" },
    ]);
  });

  it("reads nothing from events without before and after, or with values of the wrong shape", () => {
    expect(activityChanges(null, domains)).toEqual([]);
    expect(activityChanges({ name: "CI" }, domains)).toEqual([]);
    expect(activityChanges({ before: { name: 1 }, after: { name: "x" } }, domains)).toEqual([]);
    expect(activityChanges({ before: [], after: {} }, domains)).toEqual([]);
  });
});
