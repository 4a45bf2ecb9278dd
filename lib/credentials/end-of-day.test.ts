import { describe, expect, it } from "vitest";
import { endOfDay, isTimeZone, todayIn } from "./end-of-day";

describe("S84 endOfDay: the last millisecond of a calendar day in a timezone", () => {
  it.each([
    ["2027-03-01", "UTC", "2027-03-01T23:59:59.999Z"],
    // The example: 1 March in Los Angeles (UTC−8), no longer "February 28, 4:00 PM".
    ["2027-03-01", "America/Los_Angeles", "2027-03-02T07:59:59.999Z"],
    // The day clocks spring forward (23 hours) and the day after (UTC−7).
    ["2027-03-14", "America/Los_Angeles", "2027-03-15T06:59:59.999Z"],
    // The day clocks fall back (25 hours).
    ["2027-11-07", "America/Los_Angeles", "2027-11-08T07:59:59.999Z"],
    ["2027-03-01", "Europe/Paris", "2027-03-01T22:59:59.999Z"],
    ["2027-03-01", "Asia/Kolkata", "2027-03-01T18:29:59.999Z"],
    ["2027-03-01", "Pacific/Kiritimati", "2027-03-01T09:59:59.999Z"],
    ["2027-03-01", "Pacific/Pago_Pago", "2027-03-02T10:59:59.999Z"],
    // Chile skipped midnight on 8 September 2024: that day began at 01:00, so 7 September ended
    // at 00:00 local (−04:00), one hour of wall clock earlier than a naive "midnight" suggests.
    ["2024-09-07", "America/Santiago", "2024-09-08T03:59:59.999Z"],
    ["2028-02-29", "UTC", "2028-02-29T23:59:59.999Z"],
    ["2027-12-31", "Australia/Sydney", "2027-12-31T12:59:59.999Z"],
  ])("%s in %s ends at %s", (date, timeZone, expected) => {
    expect(endOfDay(date, timeZone)?.toISOString()).toBe(expected);
  });

  it.each([
    ["2027-02-29", "UTC"],
    ["2027-13-01", "UTC"],
    ["2027-3-1", "UTC"],
    ["01/03/2027", "UTC"],
    ["2027-03-01", "Mars/Olympus_Mons"],
    ["2027-03-01", ""],
    ["2027-03-01", "../../etc/passwd"],
    ["2027-03-01", "x".repeat(65)],
  ])("%s in %j is refused (null)", (date, timeZone) => {
    expect(endOfDay(date, timeZone)).toBeNull();
  });

  it("knows real zones only, and today's date where the person is", () => {
    expect(isTimeZone("America/Los_Angeles")).toBe(true);
    expect(isTimeZone("Etc/GMT+5")).toBe(true);
    expect(isTimeZone("__proto__")).toBe(false);
    expect(isTimeZone(42)).toBe(false);
    const instant = Date.parse("2027-03-01T05:00:00Z");
    expect(todayIn("UTC", instant)).toBe("2027-03-01");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2027-02-28");
    expect(todayIn("not a zone", instant)).toBe("2027-03-01");
  });
});
