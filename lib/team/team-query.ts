import "server-only";
import { pageParam, searchParam } from "@/lib/pagination/list-params";

/** The Team page's members search and page, and its invitations' page (?q=&page=&invitations=). */
export type TeamQuery = { query: string; page: number; invitationsPage: number };

export function teamQueryFrom(params: Record<string, string | string[] | undefined>): TeamQuery {
  return {
    query: searchParam(params.q),
    page: pageParam(params.page),
    invitationsPage: pageParam(params.invitations),
  };
}

/** The Team page's URL for a search and pages, leaving out what is the default. */
export function teamHref(websiteId: string, { query, page, invitationsPage }: TeamQuery): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  if (invitationsPage > 1) params.set("invitations", String(invitationsPage));
  const search = params.toString();
  return `/websites/${websiteId}/settings/team${search ? `?${search}` : ""}`;
}
