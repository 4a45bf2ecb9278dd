// The hygiene strip (issue 20 point 3): which credentials of a list need attention, and why. Pure:
// the dashboard filters its list with it, on the data the list already has.

const DAY_MS = 86_400_000;
export const UNUSED_DAYS = 90;
export const EXPIRING_DAYS = 7;

export const HYGIENE_FILTERS = [
  "unused",
  "never-expires",
  "all-websites",
  "expiring",
  "creator-gone",
  "outside-policy",
] as const;
export type HygieneFilter = (typeof HYGIENE_FILTERS)[number];

export const HYGIENE_LABEL: Record<HygieneFilter, string> = {
  unused: `Unused for ${UNUSED_DAYS} days`,
  "never-expires": "Never expire",
  "all-websites": "All websites (*)",
  expiring: `Expire within ${EXPIRING_DAYS} days`,
  "creator-gone": "Made by people no longer on the website",
  "outside-policy": "Outside a website's token policy",
};

/** What the filters read of a token or key DTO (fields missing on one kind never match). */
export type HygieneItem = {
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  allWebsites?: boolean;
  /** Keys: the person behind it left, was removed or demoted (lineage offboarding). */
  flaggedAt?: string | null;
  createdBy?: { _id: string } | null;
  /** Tokens: a website they reach would refuse them today (its policy came or tightened later). */
  outsidePolicy?: boolean;
};

const time = (iso: string) => new Date(iso).getTime();

export function matchesHygiene(item: HygieneItem, filter: HygieneFilter, now: number): boolean {
  switch (filter) {
    case "unused":
      return time(item.lastUsedAt ?? item.createdAt) <= now - UNUSED_DAYS * DAY_MS;
    case "never-expires":
      return item.expiresAt === null;
    case "all-websites":
      return item.allWebsites === true;
    case "expiring":
      return (
        item.expiresAt !== null &&
        time(item.expiresAt) > now &&
        time(item.expiresAt) <= now + EXPIRING_DAYS * DAY_MS
      );
    case "creator-gone":
      return "createdBy" in item && (item.createdBy === null || Boolean(item.flaggedAt));
    case "outside-policy":
      return item.outsidePolicy === true;
  }
}

export function hygieneCounts(items: readonly HygieneItem[], now: number): Record<HygieneFilter, number> {
  return Object.fromEntries(
    HYGIENE_FILTERS.map((filter) => [
      filter,
      items.filter((item) => matchesHygiene(item, filter, now)).length,
    ]),
  ) as Record<HygieneFilter, number>;
}

export type SortKey = "created" | "last-used" | "expires";

/** Newest first for created and last used; soonest first for expiry; never-used and never-expiring last. */
export function sortCredentials<T extends HygieneItem>(items: readonly T[], key: SortKey): T[] {
  const at = (iso: string | null) => (iso === null ? null : time(iso));
  const value = (item: T) =>
    key === "created" ? time(item.createdAt) : key === "last-used" ? at(item.lastUsedAt) : at(item.expiresAt);
  const direction = key === "expires" ? 1 : -1;
  return [...items].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x - y) * direction;
  });
}

/** Name or display key (prefix) contains the query, ignoring case. */
export function matchesSearch(item: { name: string; displayKey: string }, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === "" || item.name.toLowerCase().includes(q) || item.displayKey.toLowerCase().includes(q);
}
