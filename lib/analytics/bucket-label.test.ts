import { describe, expect, it } from "vitest";
import { bucketLabel } from "./bucket-label";

describe("bucketLabel", () => {
  it.each([
    ["2026-03-08T00:00:00", 0, "day", "2026-03-08T00:00:00Z", "08 Mar"],
    ["2026-03-08T00:00:00", -5 * 3600, "week", "2026-03-08T00:00:00-05:00", "08 Mar"],
    ["2026-03-08T14:00:00", 5.5 * 3600, "hour", "2026-03-08T14:00:00+05:30", "08 Mar 14:00"],
    ["2026-12-01T00:00:00", 5.75 * 3600, "month", "2026-12-01T00:00:00+05:45", "Dec 2026"],
    ["2026-01-01T00:00:00", -3.5 * 3600, "month", "2026-01-01T00:00:00-03:30", "Jan 2026"],
  ] as const)("%s at %i s → %s, %s", (local, offset, interval, timestamp, name) => {
    expect(bucketLabel(local, offset, interval)).toEqual({ timestamp, name });
  });
});
