import "server-only";

// Messages people see, kept in one place so the adapters and tests refer to the same text.
export const WEBSITE_NOT_FOUND_MESSAGE = "Website not found.";
