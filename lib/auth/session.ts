import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string; name: string };

function readClaims(session: unknown): { userId: string; sessionVersion: number } | null {
  if (typeof session !== "object" || session === null) return null;
  const { userId, sessionVersion } = session as { userId?: unknown; sessionVersion?: unknown };
  if (typeof userId !== "string" || userId.length === 0) return null;
  if (typeof sessionVersion !== "number" || !Number.isInteger(sessionVersion)) return null;
  return { userId, sessionVersion };
}

/**
 * The signed-in user, checked against the database on every request: a deleted user or a
 * session issued before "sign out everywhere" counts as signed out.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // Per-request by nature: never prerendered at build time.
  await connection();
  const session = await getServerSession(authOptions()).catch(() => null);
  const claims = readClaims(session);
  if (!claims) return null;
  const user = await db().user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name };
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}
