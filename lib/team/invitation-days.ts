// Apart from the schemas, so a page showing it does not load zod.

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;
