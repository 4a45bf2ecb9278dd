import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { liveDescendants, revokeAll, type CredentialKind } from "@/lib/credentials/lineage";
import { db } from "@/lib/db";
import { digestSecret, parseSecret } from "@/lib/secrets";
import { notifyLeak } from "./notify-leak";

// GitHub's secret-scanning partner payload and its feedback answer.
const MAX_MATCHES = 1000;

export const leakReportSchema = z
  .array(
    z.object({
      token: z.string().max(200),
      type: z.string().max(200).default(""),
      url: z.string().max(2000).default(""),
      source: z.string().max(200).default(""),
    }),
  )
  .max(MAX_MATCHES);

export type LeakFeedback = {
  token_raw: string;
  token_type: string;
  label: "true_positive" | "false_positive";
};

type Found = {
  kind: CredentialKind;
  id: string;
  name: string;
  displayKey: string;
  websiteId: string | null;
  personId: string | null;
  /** Already revoked before this report: nothing is revoked, nobody emailed. */
  wasRevoked: boolean;
};

async function findSecret(raw: string): Promise<Found | null> {
  const parsed = parseSecret(raw);
  if (!parsed.ok) return null;
  const digest = digestSecret(parsed.raw);
  if (parsed.kind === "account-token") {
    const row = await db().accountToken.findFirst({
      where: { OR: [{ digest }, { previousDigest: digest }] },
    });
    return (
      row && {
        kind: "account-token",
        id: row.id,
        name: row.name,
        displayKey: row.displayKey,
        websiteId: null,
        personId: row.userId,
        wasRevoked: row.revokedAt !== null,
      }
    );
  }
  const row = await db().websiteKey.findFirst({ where: { OR: [{ digest }, { previousDigest: digest }] } });
  return (
    row && {
      kind: "website-key",
      id: row.id,
      name: row.name,
      displayKey: row.displayKey,
      websiteId: row.websiteId,
      personId: row.createdById,
      wasRevoked: row.revokedAt !== null,
    }
  );
}

/** The report acts as the credential's own person, through the scanner (for the audit trail). */
function reporter(found: Found, request: Actor["request"]): Actor {
  return {
    principal: { kind: "session", userId: found.personId ?? "" },
    userId: found.personId,
    credential: "github-secret-scanning",
    request,
  };
}

/**
 * For each Keyward secret in a verified report: revokes it and everything made with it, and
 * records where it was found. Anything else (another vendor's token, a malformed or unknown
 * secret) is a false positive and changes nothing.
 */
export async function handleLeakReport(
  matches: z.output<typeof leakReportSchema>,
  request: Actor["request"],
): Promise<LeakFeedback[]> {
  const feedback: LeakFeedback[] = [];
  for (const match of matches) {
    const found = await findSecret(match.token);
    feedback.push({
      token_raw: match.token,
      token_type: match.type,
      label: found ? "true_positive" : "false_positive",
    });
    if (!found) continue;
    const actor = reporter(found, request);
    const now = new Date();
    const alsoRevoked = await db().$transaction(async (tx) => {
      await recordAudit(tx, actor, {
        action: "credential.leaked",
        websiteId: found.websiteId,
        targetType: found.kind,
        targetId: found.id,
        metadata: { name: found.name, displayKey: found.displayKey, url: match.url, source: match.source },
      });
      const root = {
        kind: found.kind,
        _id: found.id,
        name: found.name,
        displayKey: found.displayKey,
        websiteId: found.websiteId ?? "",
      };
      const below = await liveDescendants(tx, { kind: found.kind, id: found.id }, true);
      await revokeAll(
        tx,
        actor,
        [root, ...below],
        { cause: `found public at ${match.url}`.slice(0, 500) },
        now,
      );
      // The dashboard's notice on each credential this report revoked (not on ones revoked before).
      const ids = (kind: CredentialKind) => [root, ...below].filter((c) => c.kind === kind).map((c) => c._id);
      const leak = { where: { revokedAt: now }, data: { leakUrl: match.url } };
      await tx.accountToken.updateMany({
        ...leak,
        where: { ...leak.where, id: { in: ids("account-token") } },
      });
      await tx.websiteKey.updateMany({ ...leak, where: { ...leak.where, id: { in: ids("website-key") } } });
      return below.length;
    });
    if (!found.wasRevoked)
      await notifyLeak(
        { kind: found.kind, id: found.id, websiteId: found.websiteId, personId: found.personId },
        { name: found.name, displayKey: found.displayKey, url: match.url, alsoRevoked },
      );
  }
  return feedback;
}
