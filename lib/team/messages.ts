import "server-only";

// Messages people see, kept in one place so the adapters and tests refer to the same text.
export const NOT_A_MEMBER_MESSAGE = "That person is not a member of this website.";
export const INVITATION_NOT_FOUND_MESSAGE = "Invitation not found.";
