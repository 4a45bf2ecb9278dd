/** How long a rolled-away secret keeps working. The UI offers exactly these. */
export const GRACE_PERIODS = {
  none: { label: "Immediately", seconds: 0 },
  "1h": { label: "After 1 hour", seconds: 60 * 60 },
  "24h": { label: "After 24 hours", seconds: 24 * 60 * 60 },
  "7d": { label: "After 7 days", seconds: 7 * 24 * 60 * 60 },
} as const;

export type GracePeriod = keyof typeof GRACE_PERIODS;

/** When the old secret dies, or null when it dies with the roll. */
export function graceEnd(grace: GracePeriod, now: Date): Date | null {
  const seconds = GRACE_PERIODS[grace].seconds;
  return seconds === 0 ? null : new Date(now.getTime() + seconds * 1000);
}
