import "server-only";
import { logUnexpected } from "@/lib/log-unexpected";
import type { Email } from "./compose";
import { emailMode } from "./email-mode";
import { sendMail } from "./send-mail";

/** How a link reached its person: emailed, an email that failed, printed to the development log, or nothing. */
export type Delivery = "email" | "email-failed" | "server-log" | "none";

/**
 * Emails a link when SMTP is configured. Without it, `logLine` (which carries the link) is printed
 * in development only: a link is a credential and never reaches production logs. A failed send is
 * logged by name and code only (a mail server's reply can quote the message) and reported.
 */
export async function deliverEmail(
  to: string,
  compose: () => Promise<Email> | Email,
  logLine: string,
  label: string,
): Promise<Delivery> {
  const mode = emailMode();
  if (mode === "none") return "none";
  if (mode === "server-log") {
    console.info(logLine);
    return "server-log";
  }
  try {
    await sendMail(to, await compose());
    return "email";
  } catch (error) {
    logUnexpected(label, error);
    return "email-failed";
  }
}
