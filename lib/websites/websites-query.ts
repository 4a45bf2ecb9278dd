import "server-only";
import { pageParam, searchParam } from "@/lib/pagination/list-params";

export type WebsitesQuery = { query: string; page: number };

/** The websites list's search and page from the URL (?q=&page=); malformed values are dropped. */
export function websitesQueryFrom(params: Record<string, string | string[] | undefined>): WebsitesQuery {
  return { query: searchParam(params.q), page: pageParam(params.page) };
}

/** The list's URL for a search and page, leaving out what is the default. */
export function websitesHref({ query, page }: WebsitesQuery): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/?${search}` : "/";
}
