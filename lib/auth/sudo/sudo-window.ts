import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Sudo mode (as GitHub has it): a session cookie alone does not let anyone mint a credential or
// change who has access. Sensitive acts need the person to have proved who they are in this
// session within the last KEYWARD_SUDO_MINUTES (sign-in counts); otherwise the act answers
// REAUTH_REQUIRED and the dashboard asks for the password or a second factor, then retries.

export const REAUTH_MESSAGE = "Confirm it's you to continue: this needs a recent sign-in.";

export function sudoWindowMs(): number {
  return env().sudoMinutes * 60_000;
}

/** Whether the session authenticated recently enough for a sensitive act. */
export function inSudoWindow(user: Pick<SessionUser, "authenticatedAt">, now = new Date()): boolean {
  return now.getTime() - user.authenticatedAt.getTime() < sudoWindowMs();
}

/** Refuses a sensitive act from a session that has not authenticated recently. */
export function requireSudo(user: Pick<SessionUser, "authenticatedAt">, now = new Date()): void {
  if (!inSudoWindow(user, now)) throw new AppError("REAUTH_REQUIRED", REAUTH_MESSAGE);
}
