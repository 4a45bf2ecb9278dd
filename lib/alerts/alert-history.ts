import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toAlertLogDto, type AlertLogDto } from "./dto";
import { ALERT_NOT_FOUND_MESSAGE } from "./messages";
import type { AlertHistoryQuery } from "./schemas";

/** Beside `data`: DataFast's counts of every send, before `limit` slices the list. */
export const alertHistoryEnvelopeSchema = z.object({
  counts: z.object({ sent: z.number().int(), failed: z.number().int(), total: z.number().int() }),
});
export type AlertHistoryEnvelope = z.output<typeof alertHistoryEnvelopeSchema>;

/** The website's latest alert sends, newest first, optionally one alert's (another website's alert is a 404). */
export async function alertHistory(
  actor: Actor,
  websiteId: string,
  query: AlertHistoryQuery,
): Promise<{ data: AlertLogDto[]; envelope: AlertHistoryEnvelope }> {
  await requireWebsiteAccess(db(), actor, websiteId, "alerts.read");
  if (query.alertId !== undefined) {
    const found =
      isUuid(query.alertId) &&
      (await db().alert.findFirst({ where: { id: query.alertId, websiteId }, select: { id: true } }));
    if (!found) throw new AppError("NOT_FOUND", ALERT_NOT_FOUND_MESSAGE);
  }
  const where = { websiteId, ...(query.alertId !== undefined && { alertId: query.alertId }) };
  const [logs, byStatus] = await Promise.all([
    db().alertLog.findMany({
      where,
      orderBy: [{ triggeredAt: "desc" }, { id: "desc" }],
      take: query.limit,
      include: { alert: { select: { name: true } } },
    }),
    db().alertLog.groupBy({ by: ["status"], where, _count: { _all: true } }),
  ]);
  const count = (status: "sent" | "failed") =>
    byStatus.find((group) => group.status === status)?._count._all ?? 0;
  const counts = { sent: count("sent"), failed: count("failed"), total: 0 };
  counts.total = counts.sent + counts.failed;
  return { data: logs.map((log) => toAlertLogDto(log, log.alert.name)), envelope: { counts } };
}
