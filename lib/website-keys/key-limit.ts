// Apart from the schemas, so a page showing it does not load zod.

/** At most this many keys that are not revoked, per website (SPEC §3). */
export const WEBSITE_KEY_LIMIT = 10;
