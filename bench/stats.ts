/** p50/p99 in microseconds, from per-operation durations in nanoseconds. */
export function percentiles(durationsNs: number[]) {
  const sorted = [...durationsNs].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) / 1000;
  return { p50: at(0.5), p99: at(0.99) };
}

/** p50/p99 and throughput, from per-operation durations and the wall time, in nanoseconds. */
export function summarize(durationsNs: number[], wallNs: number) {
  return { opsPerSecond: (durationsNs.length / wallNs) * 1e9, ...percentiles(durationsNs) };
}

export function formatRow(name: string, stats: ReturnType<typeof summarize>): string {
  const ops = Math.round(stats.opsPerSecond).toLocaleString("en-US").padStart(12);
  return `${name.padEnd(46)}${ops}${stats.p50.toFixed(1).padStart(10)}${stats.p99.toFixed(1).padStart(10)}`;
}

export const HEADER = `${"case".padEnd(46)}${"ops/s".padStart(12)}${"p50 µs".padStart(10)}${"p99 µs".padStart(10)}`;
