import "server-only";
import { db } from "@/lib/db";

// Challenges live in the database, not in the session or in memory, so whichever instance
// receives the browser's answer can check it.

export const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;

export type ChallengePurpose = "register" | "authenticate";

/** Stores a challenge for this person and purpose; returns its id, which the browser sends back. */
export async function saveChallenge(
  userId: string,
  purpose: ChallengePurpose,
  challenge: string,
  now = new Date(),
): Promise<string> {
  // Dead challenges go when a new one comes, so abandoned prompts do not pile up.
  await db().webAuthnChallenge.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const row = await db().webAuthnChallenge.create({
    data: { userId, purpose, challenge, expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS) },
  });
  return row.id;
}

/**
 * Uses up a challenge: its value, or null when it is unknown, another person's or purpose's,
 * already used or expired. One DELETE, so two answers racing for it cannot both get it.
 */
export async function consumeChallenge(
  userId: string,
  purpose: ChallengePurpose,
  challengeId: string,
  now = new Date(),
): Promise<string | null> {
  const rows = await db().$queryRaw<{ challenge: string; expiresAt: Date }[]>`
    DELETE FROM "WebAuthnChallenge"
    WHERE "id" = ${challengeId}::uuid AND "userId" = ${userId}::uuid AND "purpose" = ${purpose}
    RETURNING "challenge", "expiresAt"`;
  const row = rows[0];
  return row && row.expiresAt > now ? row.challenge : null;
}
