import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { authOptions } from "./options";
import type { SessionUser } from "./session-user";

export type { SessionUser };

/**
 * The signed-in user, checked against the database on every request: next-auth's jwt callback
 * reads the session's row and its person in one statement (lib/auth/session-user.ts) and hands
 * them over here, so a page or action costs no second lookup.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // Per-request by nature: never prerendered at build time.
  await connection();
  let outcome: { user: SessionUser } | { error: unknown } | undefined;
  const session = await getServerSession(authOptions({ onChecked: (checked) => (outcome = checked) })).catch(
    () => null,
  );
  // The database could not answer: say so (503 / "unavailable"), rather than "signed out".
  if (outcome && "error" in outcome) throw outcome.error;
  if (!session || !outcome) return null;
  return outcome.user;
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}
