import "server-only";

/**
 * Overview numbers per website and query, for one window of a few seconds. The aggregation is
 * what an overview request costs (about 1–1.6 ms of SQL, against 0.3 ms to authenticate: see
 * `npm run bench`), and dashboards and scripts poll it. Every write through this process (goals,
 * payments, identify, website settings) invalidates its website once committed, so a single
 * instance (the embedded database allows only one) always answers from the stored data; writes
 * through another instance show within WINDOW_MS. Requests that arrive while a window's numbers
 * are being computed wait for that computation, so a window's turn costs one aggregation, not
 * one per request in flight. Authorization is checked before, every time.
 */
const WINDOW_MS = 5_000;
const MAX_ENTRIES = 5_000;

/** `value` settles once: requests arriving while it is computed share it instead of computing too. */
type Entry = { value: Promise<unknown>; version: number };
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
  // A result computed while a write committed may be missing it: it is never answered from
  // after that write, since the version it was computed for is no longer the website's.
  const hit = state.entries.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const entry: Entry = { value: compute(), version };
  if (state.entries.size >= MAX_ENTRIES) state.entries.clear();
  state.entries.set(key, entry);
  try {
    return (await entry.value) as T;
  } catch (error) {
    // A failure is not kept: the next request computes again.
    if (state.entries.get(key) === entry) state.entries.delete(key);
    throw error;
  }
}
