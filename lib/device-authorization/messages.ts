import "server-only";

export const UNKNOWN_CODE_MESSAGE =
  "This code is unknown or has expired. Run `keyward login` again for a new one.";
export const USED_CODE_MESSAGE = "This code was already used. Run `keyward login` again for a new one.";
