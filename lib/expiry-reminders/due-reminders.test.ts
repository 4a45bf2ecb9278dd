import { describe, expect, it } from "vitest";
import { dueKind } from "./due-reminders";

const HOUR = 60 * 60 * 1000;
const now = new Date("2026-12-06T12:00:00Z");
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe("dueKind", () => {
  it.each([
    [8 * 24 * HOUR, null],
    [7 * 24 * HOUR, "days_7"],
    [2 * 24 * HOUR, "days_7"],
    [24 * HOUR, "days_1"],
    [HOUR, "days_1"],
    [0, "expired"],
    [-6 * 24 * HOUR, "expired"],
    [-7 * 24 * HOUR, null],
  ])("a token expiring %i ms from now is due %s", (offset, kind) => {
    expect(dueKind(at(offset), now)).toBe(kind);
  });
});
