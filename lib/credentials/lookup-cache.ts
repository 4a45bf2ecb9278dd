import "server-only";
import { database, type Database } from "@/lib/db";

// A secret's lookup row, kept for reuse while nothing that lookup reads has changed. Only where
// the database tells this process of every change before the writer resumes (the embedded
// database: lib/db's credentialChanges); on PostgreSQL every request reads the database, since
// a change through another instance would reach this one later. A row is kept at most
// MAX_AGE_MS whatever happens (S39's bound), and is checked per use exactly like a fresh one:
// revocation, expiry and grace against the clock, the allow-list against the address.

const MAX_AGE_MS = 1_000;
const MAX_ENTRIES = 10_000;

type Entry = { row: unknown; changes: number; at: number };

// Per database: tests install a fresh one, whose count of changes starts again at zero.
const caches = new WeakMap<Database, Map<string, Entry>>();

function cacheOf(owner: Database): Map<string, Entry> {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  return cache;
}

function freeze<T>(row: T): T {
  for (const value of Object.values(row as object)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(row);
}

/**
 * The row `load` finds for `key`, reused while no credential changed since it was read. A row is
 * kept only if no change was announced while it was being read (it may predate that change);
 * no row found is never kept, so a new secret works at once and guesses cost no memory.
 */
export async function cachedLookup<T extends object>(
  key: string,
  load: () => Promise<T | undefined>,
  now = Date.now(),
): Promise<T | undefined> {
  const owner = database();
  const changes = owner.credentialChanges();
  if (changes === null) return load();
  const cache = cacheOf(owner);
  const kept = cache.get(key);
  if (kept && kept.changes === changes && now - kept.at < MAX_AGE_MS) return kept.row as T;
  const row = await load();
  if (!row || owner.credentialChanges() !== changes) {
    cache.delete(key);
    return row;
  }
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { row: freeze(row), changes, at: now });
  return row;
}
