import { describe, expect, it } from "vitest";
import { resolveRange, startOfLocalDay } from "./resolve-range";
import { overviewQuerySchema, parseOverviewFields, parseRangeBound } from "./schemas";

const DAY = 24 * 60 * 60 * 1000;
const iso = (range: { start: Date; end: Date }) => ({
  start: range.start.toISOString(),
  end: range.end.toISOString(),
});

describe("startOfLocalDay", () => {
  it.each([
    ["UTC", 2026, 3, 2, "2026-03-02T00:00:00.000Z"],
    ["America/New_York", 2026, 3, 2, "2026-03-02T05:00:00.000Z"],
    ["America/New_York", 2026, 3, 9, "2026-03-09T04:00:00.000Z"], // after daylight saving starts
    ["Asia/Kolkata", 2026, 3, 2, "2026-03-01T18:30:00.000Z"],
    ["Pacific/Chatham", 2026, 7, 1, "2026-06-30T11:15:00.000Z"],
    ["UTC", 2026, 12, 32, "2027-01-01T00:00:00.000Z"], // day overflow is the next day
  ])("%s %i-%i-%i starts at %s", (zone, year, month, day, expected) => {
    expect(startOfLocalDay(year, month, day, zone).toISOString()).toBe(expected);
  });

  it("a day whose midnight is skipped starts when the clocks jump (America/Santiago, 2026-09-06)", () => {
    // Chile moves from UTC−4 to UTC−3 at local midnight: 00:00 does not exist, the day starts at 01:00.
    const start = startOfLocalDay(2026, 9, 6, "America/Santiago");
    expect(start.toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });
});

describe("resolveRange", () => {
  const now = new Date("2026-11-24T12:00:00.000Z");

  it("defaults to the last 30 days up to now (inclusive)", () => {
    expect(iso(resolveRange({}, "UTC", now))).toEqual({
      start: "2026-10-25T12:00:00.000Z",
      end: "2026-11-24T12:00:00.001Z",
    });
  });

  it("dates cover whole local days; instants include their millisecond", () => {
    expect(iso(resolveRange({ startAt: "2026-03-01", endAt: "2026-03-31" }, "UTC"))).toEqual({
      start: "2026-03-01T00:00:00.000Z",
      end: "2026-04-01T00:00:00.000Z",
    });
    expect(
      iso(resolveRange({ startAt: "2026-03-01T10:00:00+02:00", endAt: "2026-03-01T10:00:00Z" }, "UTC")),
    ).toEqual({
      start: "2026-03-01T08:00:00.000Z",
      end: "2026-03-01T10:00:00.001Z",
    });
  });

  it("S59 at most 366 days (a leap year of whole local days, across daylight saving, passes); more is refused", () => {
    expect(() =>
      resolveRange({ startAt: "2024-01-01", endAt: "2024-12-31" }, "America/New_York"),
    ).not.toThrow();
    expect(() => resolveRange({ startAt: "2024-01-01", endAt: "2025-01-01" }, "UTC")).toThrow(
      "at most 366 days",
    );
    expect(() => resolveRange({ startAt: "1970-01-01", endAt: "9998-12-31" }, "UTC")).toThrow(
      "at most 366 days",
    );
    const r = resolveRange({ startAt: "2024-03-01", endAt: "2025-02-28" }, "UTC");
    expect(r.end.getTime() - r.start.getTime()).toBe(365 * DAY);
  });

  it("refuses a reversed range and text that is not a bound", () => {
    expect(() => resolveRange({ startAt: "2026-03-02", endAt: "2026-03-01" }, "UTC")).toThrow(
      "must not be before",
    );
    expect(() => resolveRange({ startAt: "nope", endAt: "2026-03-01" }, "UTC")).toThrow("startAt");
  });
});

describe("overview query schema", () => {
  it.each(["2026-03-01", "2026-03-01T00:00:00Z", "2026-03-01T00:00:00.123+05:30"])("accepts %s", (text) => {
    expect(parseRangeBound(text)).not.toBeNull();
  });

  it.each([
    "2026-02-29",
    "1969-12-31",
    "9999-01-01",
    "2026-03-01T00:00:00",
    "03/01/2026",
    "2026-3-1",
    "",
    "2026-03-01T25:00:00Z",
    `2026-03-01${" ".repeat(50)}`,
  ])("refuses %j", (text) => expect(parseRangeBound(text)).toBeNull());

  it("needs both bounds or neither; fields must be known", () => {
    expect(overviewQuerySchema.safeParse({ startAt: "2026-03-01" }).success).toBe(false);
    expect(overviewQuerySchema.safeParse({}).success).toBe(true);
    expect(parseOverviewFields("visitors, revenue,visitors")).toEqual(["visitors", "revenue"]);
    expect(parseOverviewFields("visitors,__proto__")).toBeNull();
  });
});
