import "server-only";

/**
 * Overview numbers per website and query, for one window of a few seconds. The aggregation is
 * what an overview request costs (about 1–1.6 ms of SQL, against 0.3 ms to authenticate: see
 * `npm run bench`), and dashboards and scripts poll it. Every write through this process (goals,
 * payments, identify, website settings) invalidates its website once committed, so a single
 * instance (the embedded database allows only one) always answers from the stored data; writes
 * through another instance show within WINDOW_MS. Authorization is checked before, every time.
 */
const WINDOW_MS = 5_000;
const MAX_ENTRIES = 5_000;

type Entry = { value: unknown; version: number };
type State = { versions: Map<string, number>; entries: Map<string, Entry> };

// On globalThis: route handlers and server actions are separate bundles that must share it.
const globalState = globalThis as { keywardOverviewCache?: State };
const state: State = (globalState.keywardOverviewCache ??= { versions: new Map(), entries: new Map() });

/** Call after a write to the website's data or settings has committed. */
export function invalidateOverview(websiteId: string): void {
  state.versions.set(websiteId, (state.versions.get(websiteId) ?? 0) + 1);
}

export async function cachedOverview<T>(
  websiteId: string,
  query: unknown,
  now: Date,
  compute: () => Promise<T>,
): Promise<T> {
  const key = `${websiteId} ${Math.floor(now.getTime() / WINDOW_MS)} ${JSON.stringify(query)}`;
  const version = state.versions.get(websiteId) ?? 0;
  const hit = state.entries.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = await compute();
  // A write that committed while this was computing may be missing from it: don't keep it.
  if ((state.versions.get(websiteId) ?? 0) === version) {
    if (state.entries.size >= MAX_ENTRIES) state.entries.clear();
    state.entries.set(key, { value, version });
  }
  return value;
}
