// Apart from the schemas, so a page showing it does not load zod.

/** The longest passkey name. */
export const PASSKEY_NAME_MAX = 60;
