import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT } from "@/lib/tracking/schemas";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toPaymentDto, type PaymentDto } from "./dto";

/** The website's most recent payments, newest first (at most 100 per call). */
export async function listPayments(
  actor: Actor,
  websiteId: string,
  options: { limit?: number } = {},
): Promise<PaymentDto[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "payments.read");
  const limit = Math.min(MAX_LIST_LIMIT, Math.max(1, Math.trunc(options.limit ?? DEFAULT_LIST_LIMIT) || 1));
  const rows = await db().payment.findMany({
    where: { websiteId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toPaymentDto);
}
