/** Under a new password's field (sign-up, reset), until an error takes its place. */
export const PASSWORD_HINT = "At least 10 characters, and not a common password.";
