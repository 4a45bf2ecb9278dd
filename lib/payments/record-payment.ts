import "server-only";
import { invalidateOverview } from "@/lib/analytics/overview-cache";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import type { Payment } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toPaymentDto, type RecordedPayment } from "./dto";
import { PAYMENT_CONFLICT_MESSAGE, PAYMENT_DUPLICATE_MESSAGE, PAYMENT_RECORDED_MESSAGE } from "./messages";
import { toMinorUnits } from "./money";
import { recordPaymentSchema, type RecordPaymentInput } from "./schemas";

type Fields = Pick<Payment, "amountMinor" | "currency" | "visitorId" | "email" | "customerId" | "renewal">;

function sameFields(a: Fields, b: Fields): boolean {
  return (
    a.amountMinor === b.amountMinor &&
    a.currency === b.currency &&
    a.visitorId === b.visitorId &&
    a.email === b.email &&
    a.customerId === b.customerId &&
    a.renewal === b.renewal
  );
}

/**
 * Records a payment, idempotent on (website, transaction_id): posting the same payment again
 * returns the stored one (`created: false`); the same id with different values is a conflict.
 * Concurrent posts of one id insert one row (ON CONFLICT DO NOTHING, then read the winner).
 * Data, not configuration: not written to the audit trail.
 */
export async function recordPayment(
  actor: Actor,
  websiteId: string,
  input: RecordPaymentInput,
): Promise<RecordedPayment> {
  const data = recordPaymentSchema.parse(input);
  const fields: Fields = {
    amountMinor: toMinorUnits(data.amount, data.currency)!,
    currency: data.currency,
    visitorId: data.datafast_visitor_id ?? null,
    email: data.email ?? null,
    customerId: data.customer_id ?? null,
    renewal: data.renewal,
  };

  const recorded = await db().$transaction(async (tx) => {
    if (!(await lockWebsite(tx, { websiteId, mode: "share" })))
      throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    await requireWebsiteAccess(tx, actor, websiteId, "payments.write");
    const inserted = await tx.payment.createManyAndReturn({
      data: [{ websiteId, transactionId: data.transaction_id, ...fields }],
      skipDuplicates: true,
    });
    if (inserted[0])
      return { message: PAYMENT_RECORDED_MESSAGE, created: true, ...toPaymentDto(inserted[0]) };
    const existing = await tx.payment.findUniqueOrThrow({
      where: { websiteId_transactionId: { websiteId, transactionId: data.transaction_id } },
    });
    if (!sameFields(existing, fields))
      throw new AppError("CONFLICT", PAYMENT_CONFLICT_MESSAGE, { field: "transaction_id" });
    return { message: PAYMENT_DUPLICATE_MESSAGE, created: false, ...toPaymentDto(existing) };
  });
  invalidateOverview(websiteId);
  return recorded;
}
