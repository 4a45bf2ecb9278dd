import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireAccountAccess, requireWebsiteAccess } from "@/lib/websites/website-access";

/** A credential a leak report revoked, shown beside the live ones so its people learn why it went. */
export type LeakNotice = {
  _id: string;
  name: string;
  displayKey: string;
  leakUrl: string;
  revokedAt: string;
};

// Long enough for a person to see it; the audit log keeps it for good.
const SHOWN_FOR_MS = 30 * 24 * 60 * 60 * 1000;

const SELECT = { id: true, name: true, displayKey: true, leakUrl: true, revokedAt: true } as const;
const ORDER = [{ revokedAt: "desc" as const }, { id: "desc" as const }];

function recent() {
  return { leakUrl: { not: null }, revokedAt: { gte: new Date(Date.now() - SHOWN_FOR_MS) } };
}

function toNotice(row: {
  id: string;
  name: string;
  displayKey: string;
  leakUrl: string | null;
  revokedAt: Date | null;
}) {
  return {
    _id: row.id,
    name: row.name,
    displayKey: row.displayKey,
    leakUrl: row.leakUrl ?? "",
    revokedAt: row.revokedAt?.toISOString() ?? "",
  };
}

/** The actor's own tokens revoked by a leak report in the last 30 days, newest first. */
export async function listTokenLeakNotices(actor: Actor): Promise<LeakNotice[]> {
  const userId = requireAccountAccess(actor, "tokens.read");
  const rows = await db().accountToken.findMany({
    where: { userId, ...recent() },
    select: SELECT,
    orderBy: ORDER,
  });
  return rows.map(toNotice);
}

/** The website's keys revoked by a leak report in the last 30 days, newest first. */
export async function listKeyLeakNotices(actor: Actor, websiteId: string): Promise<LeakNotice[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "api-keys.read");
  const rows = await db().websiteKey.findMany({
    where: { websiteId, ...recent() },
    select: SELECT,
    orderBy: ORDER,
  });
  return rows.map(toNotice);
}
