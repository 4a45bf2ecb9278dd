"use client";

import { useSyncExternalStore } from "react";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

function formatRelative(date: Date, now: number): string {
  const seconds = (date.getTime() - now) / 1000;
  const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ["second", 1];
  return new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }).format(Math.round(seconds / size), unit);
}

/** Same string on server and client whatever their locale or time zone: safe to hydrate. */
function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// A shared clock: one interval for every <RelativeTime> on the page, ticking while any is mounted.
let clock = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => {
    clock = Date.now();
    listeners.forEach((notify) => notify());
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function getSnapshot() {
  // Refresh a stale clock (nothing was subscribed for a while) but stay stable between renders.
  if (Date.now() - clock > 30_000) clock = Date.now();
  return clock;
}

// null on the server and during hydration: render the absolute date until the client takes over.
const getServerSnapshot = () => null;

type RelativeTimeProps = Omit<React.ComponentProps<"time">, "dateTime" | "children"> & {
  date: Date | string | number;
  /** A fixed reference time; when given (same value on server and client), text is relative from the first render. */
  now?: Date | number;
};

/** "3 minutes ago" / "in 2 days" in a <time>, with the full local date in the title. */
export function RelativeTime({ date, now, ...props }: RelativeTimeProps) {
  const value = new Date(date);
  const clientNow = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const hydrated = clientNow !== null;
  const reference = now === undefined ? clientNow : new Date(now).getTime();

  const title = hydrated
    ? new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" }).format(value)
    : formatUtc(value);

  return (
    <time dateTime={value.toISOString()} title={title} {...props}>
      {reference === null ? formatUtc(value) : formatRelative(value, reference)}
    </time>
  );
}
