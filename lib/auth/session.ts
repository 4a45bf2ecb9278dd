import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { authOptions } from "./options";
import { sessionUserFrom, type SessionUser } from "./session-user";

export type { SessionUser };

/** The signed-in user, checked against the database on every request (see sessionUserFrom). */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // Per-request by nature: never prerendered at build time.
  await connection();
  const session = await getServerSession(authOptions()).catch(() => null);
  return sessionUserFrom(session);
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}
