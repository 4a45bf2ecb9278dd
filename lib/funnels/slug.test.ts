import { describe, expect, it } from "vitest";
import { baseSlug, uniqueSlug } from "./slug";

describe("funnel slugs", () => {
  it.each([
    ["Signup funnel", "signup-funnel"],
    ["  Check--out!! ", "check-out"],
    ["Plan: Pro (yearly)", "plan-pro-yearly"],
    ["Ünïcode ★", "n-code"],
    ["★★", "funnel"],
    ["2026 Q1", "2026-q1"],
  ])("%s → %s", (name, slug) => {
    expect(baseSlug(name)).toBe(slug);
  });

  it("a taken slug gets the first free -2, -3…", () => {
    expect(uniqueSlug("Check out", new Set())).toBe("check-out");
    expect(uniqueSlug("Check out", new Set(["check-out"]))).toBe("check-out-2");
    expect(uniqueSlug("Check out", new Set(["check-out", "check-out-2", "check-out-4"]))).toBe("check-out-3");
  });
});
