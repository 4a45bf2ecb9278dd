import "server-only";
import { logUnexpected } from "@/lib/log-unexpected";
import { sweepExpiryReminders } from "./sweep-expiry-reminders";

/**
 * Sweeps expiry reminders every `intervalSeconds` in this process, starting now. No job service:
 * every instance runs the timer and the claim in the sweep keeps each reminder to one send.
 * Returns the function that stops it.
 */
export function startExpiryReminderTimer(intervalSeconds: number): () => void {
  const sweep = () => void sweepExpiryReminders().catch((error) => logUnexpected("expiry-reminders", error));
  sweep();
  const timer = setInterval(sweep, intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
