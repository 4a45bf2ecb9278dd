import "server-only";
import { env } from "@/lib/env";

/**
 * How links reach people on this server: by email (SMTP_URL), printed to the log (development
 * without SMTP), or not at all (production without SMTP: an operator verifies addresses with
 * `npm run verify-email`, and password reset is unavailable).
 */
export type EmailMode = "email" | "server-log" | "none";

export function emailMode(): EmailMode {
  const { smtp, nodeEnv } = env();
  if (smtp) return "email";
  return nodeEnv === "development" ? "server-log" : "none";
}
