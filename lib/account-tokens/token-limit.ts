// Apart from the schemas, so a page showing it does not load zod.

/** At most this many tokens that are not revoked, per person (SPEC §3). */
export const ACCOUNT_TOKEN_LIMIT = 20;
