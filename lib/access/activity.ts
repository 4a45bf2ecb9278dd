import type { Role } from "./roles";

/**
 * Where a refused attempt on a website is recorded: in that website's activity only when the
 * actor has a place there (a role, or a key of that very website). An outsider's refusal goes to
 * their own account activity, so a stranger who knows a website's id — with a display name of
 * their choosing — can never write into the feed its people read.
 */
export function refusalFeed(access: { role: Role | null; ownKey: boolean }): "website" | "account" {
  return access.role !== null || access.ownKey ? "website" : "account";
}

/** IP addresses and user agents in a website's activity: for its owner only. */
export function seesRequestDetails(role: Role | null): boolean {
  return role === "owner";
}
