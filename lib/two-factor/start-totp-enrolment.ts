import "server-only";
import type { Actor } from "@/lib/actor";
import { db, directQuery } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { qrCodeDataUrl } from "./qr-code";
import { sealSecret } from "./secret-box";
import { signedInPerson } from "./signed-in-person";
import { groupedKey, newTotpSecret, totpUri } from "./totp";

export const TOTP_ALREADY_ON =
  "Two-factor authentication is already on. Turn it off first to use another app.";

/** What the person scans or types into their authenticator app. */
export type TotpEnrolment = { qrCode: string; manualKey: string };

// One statement: a pending enrolment is replaced by a new secret, a confirmed one never is (a
// second tab cannot swap the secret of an authenticator already in use).
const STORE_PENDING = `
  INSERT INTO "TotpFactor" ("userId", "secretEncrypted", "createdAt") VALUES ($1::uuid, $2, $3)
  ON CONFLICT ("userId") DO UPDATE SET "secretEncrypted" = EXCLUDED."secretEncrypted",
    "createdAt" = EXCLUDED."createdAt", "lastUsedStep" = NULL
  WHERE "TotpFactor"."confirmedAt" IS NULL
  RETURNING "userId"`;

/**
 * Starts adding an authenticator app: a new secret, stored encrypted and unconfirmed (sign-in
 * ignores it) until confirmTotp receives a first valid code from it.
 */
export async function startTotpEnrolment(actor: Actor): Promise<TotpEnrolment> {
  const userId = signedInPerson(actor);
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "This account no longer exists.");
  const secret = newTotpSecret();
  const stored = await directQuery(STORE_PENDING, [userId, sealSecret(secret, userId), new Date()]);
  if (stored.length === 0) throw new AppError("CONFLICT", TOTP_ALREADY_ON);
  return { qrCode: qrCodeDataUrl(totpUri(secret, user.email)), manualKey: groupedKey(secret) };
}
