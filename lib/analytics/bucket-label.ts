import "server-only";
import type { Interval } from "./timeseries-schemas";

// How a timeseries row names its bucket, from the bucket's start as the database gives it: the
// local wall-clock time ("2026-03-08T00:00:00") and the UTC offset then, in seconds.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function offsetText(seconds: number): string {
  if (seconds === 0) return "Z";
  const minutes = Math.round(Math.abs(seconds) / 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${seconds < 0 ? "-" : "+"}${hh}:${mm}`;
}

/** `timestamp`: the local start with its offset; `name`: "08 Mar", "08 Mar 14:00" (hours), "Mar 2026" (months). */
export function bucketLabel(
  local: string,
  offsetSeconds: number,
  interval: Interval,
): { timestamp: string; name: string } {
  const [date = "", time = ""] = local.split("T");
  const [year, month, day] = date.split("-");
  const monthName = MONTHS[Number(month) - 1];
  const name =
    interval === "month"
      ? `${monthName} ${year}`
      : interval === "hour"
        ? `${day} ${monthName} ${time.slice(0, 5)}`
        : `${day} ${monthName}`;
  return { timestamp: `${local}${offsetText(offsetSeconds)}`, name };
}
