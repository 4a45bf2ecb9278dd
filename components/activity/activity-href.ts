export type ActivityFilters = { action?: string; actor?: string };

/** A shareable URL of the activity page: its filters, plus at most one page position. */
export function activityHref(
  base: string,
  filters: ActivityFilters,
  position: { before?: string; after?: string } = {},
): string {
  const params = new URLSearchParams();
  if (filters.action) params.set("action", filters.action);
  if (filters.actor) params.set("actor", filters.actor);
  if (position.before) params.set("before", position.before);
  else if (position.after) params.set("after", position.after);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
