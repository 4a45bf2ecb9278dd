import "server-only";
import { env } from "@/lib/env";
import { UsageAggregator, type UsageEvent } from "./aggregator";
import { writeUsageBatch } from "./write-batch";

// The process's one aggregator, flushed every KEYWARD_USAGE_FLUSH_SECONDS and at shutdown
// (lib/startup). Kept on globalThis so `next dev` reloads keep counting into the same one.

/** Past this many waiting count rows a flush starts at once, whatever the interval. */
const EARLY_FLUSH_ROWS = 10_000;

type Recorder = { aggregator: UsageAggregator; timer: NodeJS.Timeout | null; flushing: Promise<void> | null };
const holder = globalThis as typeof globalThis & { __keywardUsage?: Recorder };

function recorder(): Recorder {
  holder.__keywardUsage ??= { aggregator: new UsageAggregator(), timer: null, flushing: null };
  return holder.__keywardUsage;
}

function schedule(state: Recorder): void {
  if (state.timer) return;
  state.timer = setTimeout(() => {
    state.timer = null;
    void flushUsage();
  }, env().usage.flushMs);
  // A pending flush never keeps the process alive; shutdown flushes explicitly.
  state.timer.unref();
}

/** Counts one authenticated request. No I/O: a timer writes the counts later. */
export function countRequest(event: UsageEvent): void {
  if (!env().usage.enabled) return;
  const state = recorder();
  state.aggregator.record(event);
  if (state.aggregator.size >= EARLY_FLUSH_ROWS) void flushUsage();
  else schedule(state);
}

/** Writes what was counted so far; a failed write keeps it for the next flush. */
export function flushUsage(): Promise<void> {
  const state = recorder();
  if (state.flushing) return state.flushing.then(() => flushUsage());
  const batch = state.aggregator.drain();
  if (batch.counts.length === 0 && batch.refusals.length === 0 && batch.ips.length === 0)
    return Promise.resolve();
  state.flushing = writeUsageBatch(batch)
    .catch((error: Error) => {
      console.error(`[usage] could not write usage counts, kept for the next flush: ${error.message}`);
      state.aggregator.restore(batch);
      schedule(state);
    })
    .finally(() => {
      state.flushing = null;
    });
  return state.flushing;
}
