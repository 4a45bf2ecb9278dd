import "server-only";
import { createTransport } from "nodemailer";
import { env } from "@/lib/env";
import type { Email } from "./compose";

// A mail server that does not answer must not hold a request for long.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 };

/** Sends one email through SMTP_URL; throws when it is not configured or the server refuses. */
export async function sendMail(to: string, email: Email): Promise<void> {
  const { smtp } = env();
  if (!smtp) throw new Error("SMTP is not configured");
  await createTransport({ url: smtp.url, ...TIMEOUTS }).sendMail({ from: smtp.from, to, ...email });
}
