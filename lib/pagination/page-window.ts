import "server-only";

/** Where a page of a list stands among the rest: `total` rows (matching its search, if any). */
export type PagePosition = { total: number; page: number; pageCount: number };

/** Where one page of `total` rows starts: a page past the last one is the last page. */
export function pageWindow(total: number, page: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  return { page: current, pageCount, skip: (current - 1) * pageSize };
}
