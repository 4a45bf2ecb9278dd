import { safeText } from "./safe-text";

// A website's token policy (issue 20 point 7), judged for one token that reaches the website.
// Pure: the domain reads the policies of the websites a token reaches and asks here.

export type TokenPolicy = {
  /** Longest lifetime in days, counted from the act (create, edit, regenerate); null: no limit. */
  maxLifetimeDays: number | null;
  mustExpire: boolean;
  /** Whether a token for all of its person's websites may reach this one. */
  allowAllWebsites: boolean;
};

/** The token as the policy sees it: whether it is for all websites, and when it ends. */
export type PolicyToken = {
  allWebsites: boolean;
  /** Epoch milliseconds; null: never. */ expiresAt: number | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Why the website's policy refuses the token (a message naming the website and the rule), or
 * null when it complies. `from` (epoch milliseconds) is when the lifetime starts: the moment of
 * the create, edit or regeneration, or of the listing of tokens made before the policy.
 */
export function tokenPolicyRefusal(
  website: { name: string; policy: TokenPolicy },
  token: PolicyToken,
  from: number,
): string | null {
  const { policy } = website;
  const name = safeText(website.name);
  if (token.allWebsites && !policy.allowAllWebsites)
    return `${name} does not accept tokens for all websites: choose the websites this token reaches.`;
  if (token.expiresAt === null && (policy.mustExpire || policy.maxLifetimeDays !== null))
    return `${name} requires tokens that reach it to expire${
      policy.maxLifetimeDays === null ? "" : ` within ${policy.maxLifetimeDays} days`
    }.`;
  if (
    token.expiresAt !== null &&
    policy.maxLifetimeDays !== null &&
    // A chosen date lasts to the end of that day where the person is: up to a day of slack.
    token.expiresAt - from > (policy.maxLifetimeDays + 1) * DAY_MS
  )
    return `${name} allows tokens that reach it to live at most ${policy.maxLifetimeDays} days.`;
  return null;
}

/** How long a regenerated token lives when its websites only demand an expiry: the create default. */
export const POLICY_DEFAULT_LIFETIME_DAYS = 30;

/**
 * "Regenerate within policy": the latest expiry (epoch milliseconds, counted from `from`) that
 * every one of these policies accepts — the shortest maximum lifetime, or the default lifetime
 * when they only demand an expiry; null when none of them limits it. A token refused for
 * reaching all websites cannot be fixed by a new expiry: the caller checks that first.
 */
export function latestExpiryWithin(policies: readonly TokenPolicy[], from: number): number | null {
  const limits = policies.flatMap((policy) =>
    policy.maxLifetimeDays === null ? [] : [policy.maxLifetimeDays],
  );
  if (limits.length > 0) return from + Math.min(...limits) * DAY_MS;
  return policies.some((policy) => policy.mustExpire) ? from + POLICY_DEFAULT_LIFETIME_DAYS * DAY_MS : null;
}
