import "server-only";
import { db } from "@/lib/db";
import { usageWindowStart } from "./usage-summary";

/** How many addresses per credential the allow-list preview checks. */
const RECENT_IPS = 20;

/**
 * The client addresses each credential was used from in the usage window, most recent first:
 * what the IP allow-list editor previews a new list against. Callers pass only ids the actor
 * may see (their own tokens, or a website's keys they listed).
 */
export async function recentClientIps(
  credentialIds: readonly string[],
  now = new Date(),
): Promise<Record<string, string[]>> {
  if (credentialIds.length === 0) return {};
  const rows = await db().credentialClientIp.findMany({
    where: { credentialId: { in: [...credentialIds] }, lastSeenAt: { gte: usageWindowStart(now) } },
    select: { credentialId: true, ip: true },
    orderBy: [{ lastSeenAt: "desc" }, { ip: "asc" }],
  });
  const byCredential: Record<string, string[]> = {};
  for (const { credentialId, ip } of rows) {
    const ips = (byCredential[credentialId] ??= []);
    if (ips.length < RECENT_IPS) ips.push(ip);
  }
  return byCredential;
}
