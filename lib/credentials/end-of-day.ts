// "Expires on 1 March" means the credential works through the whole of 1 March where the person
// is, and not one millisecond after: 23:59:59.999 of that day in their IANA timezone. Shared by
// the forms (the dialog states the exact instant) and the server, so both compute the same one.

const MAX_FORMATTERS = 64;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether the runtime knows this IANA timezone (e.g. "America/Los_Angeles", "UTC"). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  if (!/^[A-Za-z0-9_+\-/]+$/.test(value)) return false;
  try {
    formatter(value);
    return true;
  } catch {
    return false;
  }
}

/** Today's date ("YYYY-MM-DD") in a timezone (UTC when it is not one the runtime knows). */
export function todayIn(timeZone = "UTC", now = Date.now()): string {
  const day = localDay(now, isTimeZone(timeZone) ? timeZone : "UTC");
  const text = String(day);
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** The calendar day (as a comparable number yyyymmdd) of an instant in a timezone. */
function localDay(at: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return part("year") * 10_000 + part("month") * 100 + part("day");
}

const HOUR_S = 3_600;

/**
 * The first instant of a calendar day in a timezone. Found by bisection over whole seconds (every
 * zone's offset is), so days that start at 01:00 because a clock skipped midnight are right too.
 */
function startOfDay(year: number, month: number, day: number, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day);
  const check = new Date(asUtc);
  const target = check.getUTCFullYear() * 10_000 + (check.getUTCMonth() + 1) * 100 + check.getUTCDate();
  // Offsets lie within ±14 h, so the day starts within ±36 h of its UTC midnight.
  let lo = asUtc / 1000 - 36 * HOUR_S;
  let hi = asUtc / 1000 + 36 * HOUR_S;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDay(mid * 1000, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

/**
 * The last millisecond of `date` ("YYYY-MM-DD") in `timeZone`. Null for a date that does not
 * exist or a timezone the runtime does not know.
 */
export function endOfDay(date: string, timeZone = "UTC"): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || !isTimeZone(timeZone)) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const valid = new Date(Date.UTC(year, month - 1, day));
  if (valid.getUTCFullYear() !== year || valid.getUTCMonth() !== month - 1 || valid.getUTCDate() !== day)
    return null;
  return new Date(startOfDay(year, month, day + 1, timeZone) - 1);
}
