import "server-only";

// Amounts are stored as integer minor units of their currency (cents for USD, yen for JPY, fils
// for KWD), so sums are exact; the API speaks major units, as DataFast does (29.99 = $29.99).

const digitsCache = new Map<string, number>();

/** Minor-unit digits of an ISO 4217 currency (USD 2, JPY 0, KWD 3), per the runtime's CLDR data. */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * `amount` (major units) as exact minor units, or null when it has more decimals than the
 * currency has (29.999 USD) or is not a plain non-negative decimal. Works on the number's
 * shortest decimal form, so 29.99 is 2999 and never 2998.9999….
 */
export function toMinorUnits(amount: number, currency: string): bigint | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(String(amount));
  if (!match) return null;
  const digits = currencyDigits(currency);
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return BigInt(match[1]!) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
}

/** Minor units back to a major-unit number (exact for every amount the API accepts). */
export function toMajorUnits(minor: bigint, currency: string): number {
  const digits = currencyDigits(currency);
  if (digits === 0) return Number(minor);
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, "0");
  const major = Number(`${text.slice(0, -digits)}.${text.slice(-digits)}`);
  return negative ? -major : major;
}
