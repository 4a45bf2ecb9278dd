import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/db";
import type { EmailLinkPurpose } from "@/lib/db/generated/client";
import { digestLinkToken, generateLinkToken } from "@/lib/secrets";

// Single-use links mailed to a person. The token lives only in the link; the database keeps its
// SHA-256. Consuming one is a single conditional UPDATE, so a link works once even when it is
// opened twice at the same moment.

export const LINK_LIFETIME_MS: Record<EmailLinkPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
};

export const emailLinkTokenSchema = z.string().regex(/^[0-9A-Za-z]{43}$/);

export type IssuedLink = { token: string; expiresAt: Date };

/** A new link for this person and purpose; their older unused links of that purpose stop working. */
export async function issueEmailLink(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string },
  purpose: EmailLinkPurpose,
  now = new Date(),
): Promise<IssuedLink> {
  await tx.emailLink.deleteMany({ where: { userId: user.id, purpose, usedAt: null } });
  const { token, digest } = generateLinkToken();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
  await tx.emailLink.create({
    data: { userId: user.id, purpose, email: user.email, tokenDigest: digest, expiresAt, createdAt: now },
  });
  return { token, expiresAt };
}

/**
 * Uses up a link: the person and address it was sent for, or null when the token is malformed,
 * unknown, of another purpose, expired or already used.
 */
export async function consumeEmailLink(
  tx: Prisma.TransactionClient,
  token: unknown,
  purpose: EmailLinkPurpose,
  now = new Date(),
): Promise<{ userId: string; email: string } | null> {
  const parsed = emailLinkTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const rows = await tx.$queryRaw<{ userId: string; email: string }[]>`
    UPDATE "EmailLink" SET "usedAt" = ${now}
    WHERE "tokenDigest" = ${Buffer.from(digestLinkToken(parsed.data))} AND "purpose" = ${purpose}::"EmailLinkPurpose"
      AND "usedAt" IS NULL AND "expiresAt" > ${now}
    RETURNING "userId"::text AS "userId", "email"`;
  return rows[0] ?? null;
}

/** Whether a link is still usable, without using it (for the page that shows the form). */
export async function isEmailLinkUsable(
  tx: Prisma.TransactionClient,
  token: unknown,
  purpose: EmailLinkPurpose,
  now = new Date(),
): Promise<boolean> {
  const parsed = emailLinkTokenSchema.safeParse(token);
  if (!parsed.success) return false;
  const row = await tx.emailLink.findUnique({
    where: { tokenDigest: digestLinkToken(parsed.data) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  return row !== null && row.purpose === purpose && row.usedAt === null && row.expiresAt > now;
}
