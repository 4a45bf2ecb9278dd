import "server-only";
import { ALERT_LIMIT } from "./schemas";

// Messages people see, kept in one place so the adapters and tests refer to the same text.
export const ALERT_NOT_FOUND_MESSAGE = "Alert not found.";
export const ALERT_NAME_TAKEN_MESSAGE = "This website already has an alert with that name.";
/** DataFast's 403 at the limit. */
export const ALERT_LIMIT_MESSAGE = `Alert limit reached (max ${ALERT_LIMIT} per website).`;
export const ALERT_NEEDS_MESSAGE =
  "This alert has no email message yet: send template.message (10–2000 characters) with the trigger.";
/** A failed send's `error` when the server has no mail server (SMTP_URL unset). */
export const ALERT_NO_SMTP_ERROR = "Email is not configured on this server (SMTP_URL).";
export const ALERT_SEND_FAILED_ERROR = "The mail server did not accept the email.";
export const ALERT_NO_RECIPIENT_ERROR = "The website has no owner to email.";
