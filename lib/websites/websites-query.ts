import "server-only";
import { z } from "zod";

export type WebsitesQuery = { query: string; page: number };

const single = (value: unknown) => (Array.isArray(value) ? undefined : value);

const searchParamsSchema = z.object({
  q: z.preprocess(single, z.string().trim().max(100).optional()).catch(undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(1_000_000).optional()).catch(undefined),
});

/** The websites list's search and page from the URL (?q=&page=); malformed values are dropped. */
export function websitesQueryFrom(params: Record<string, string | string[] | undefined>): WebsitesQuery {
  const raw = searchParamsSchema.parse(params);
  return { query: raw.q ?? "", page: raw.page ?? 1 };
}

/** The list's URL for a search and page, leaving out what is the default. */
export function websitesHref({ query, page }: WebsitesQuery): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/?${search}` : "/";
}
