import { describe, expect, it } from "vitest";
import { currencyDigits, toMajorUnits, toMinorUnits } from "./money";
import { recordPaymentSchema } from "./schemas";

describe("money", () => {
  it.each([
    ["USD", 2],
    ["EUR", 2],
    ["JPY", 0],
    ["KWD", 3],
  ])("%s has %i minor digits", (currency, digits) => expect(currencyDigits(currency)).toBe(digits));

  it.each([
    [29.99, "USD", 2999n],
    [0.1, "USD", 10n],
    [0.3, "USD", 30n],
    [1e12, "USD", 100_000_000_000_000n],
    [1000, "JPY", 1000n],
    [0.001, "KWD", 1n],
  ])("%s %s is exactly %s minor units and back", (amount, currency, minor) => {
    expect(toMinorUnits(amount, currency)).toBe(minor);
    expect(toMajorUnits(minor, currency)).toBe(amount);
  });

  it.each([
    [29.999, "USD"],
    [0.5, "JPY"],
    [1e-7, "USD"],
    [-1, "USD"],
    [Number.NaN, "USD"],
    [Number.POSITIVE_INFINITY, "USD"],
  ])("%s %s has no exact minor-unit form", (amount, currency) =>
    expect(toMinorUnits(amount, currency)).toBeNull(),
  );

  it("every amount with two decimals round-trips exactly (no float drift)", () => {
    for (let cents = 0; cents < 100_000; cents += 7) {
      const amount = Number((cents / 100).toFixed(2));
      expect(toMajorUnits(toMinorUnits(amount, "USD")!, "USD")).toBe(amount);
    }
  });

  it("the schema refuses an invalid currency before judging decimals (never throws)", () => {
    expect(recordPaymentSchema.safeParse({ amount: 1.5, currency: "$", transaction_id: "t" }).success).toBe(
      false,
    );
    expect(
      recordPaymentSchema.safeParse({ amount: "1", currency: "XYZ1", transaction_id: "t" }).success,
    ).toBe(false);
  });
});
