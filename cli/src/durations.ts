import { CliError } from "./errors";
import { EXIT } from "./exit-codes";

// `--expires 30d` and friends: the CLI turns a relative duration or a date into the instant the
// API takes (`expiresAt`, ISO 8601).

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000, y: 365 * 86_400_000 } as const;

/** "30d", "12h", "2w", "1y", a date (YYYY-MM-DD, the end of that day in UTC) or "never" (null). */
export function expiresAtOf(text: string, now = new Date()): string | null {
  const value = text.trim().toLowerCase();
  if (value === "never") return null;
  const relative = /^(\d{1,5})([hdwy])$/.exec(value);
  if (relative) {
    const amount = Number(relative[1]);
    if (amount > 0)
      return new Date(now.getTime() + amount * UNIT_MS[relative[2] as keyof typeof UNIT_MS]).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const end = new Date(`${value}T23:59:59.999Z`);
    if (!Number.isNaN(end.getTime()) && end.toISOString().startsWith(value)) return end.toISOString();
  }
  throw new CliError(
    `--expires takes 30d, 12h, 2w, 1y, a date like 2027-01-31, or never; not "${text}".`,
    EXIT.usage,
  );
}

/** The API's grace choices for a roll (lib/credentials/grace.ts; the CLI never imports server code). */
const GRACE_PERIODS = ["none", "1h", "24h", "7d"] as const;

/** `--grace`: when a rolled-away secret stops working; anything else is a usage error. */
export function graceOf(text: string): (typeof GRACE_PERIODS)[number] {
  const value = text.trim().toLowerCase();
  const grace = GRACE_PERIODS.find((period) => period === value);
  if (grace) return grace;
  throw new CliError(`--grace takes ${GRACE_PERIODS.join(", ")}; not "${text}".`, EXIT.usage);
}

/** "a, b,c" → ["a","b","c"]; empty items dropped. */
export function listOf(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
