import "server-only";
import { z } from "zod";
import type { Payment } from "@/lib/db/generated/client";
import { idField, instantField } from "@/lib/utils/dto-fields";
import { toMajorUnits } from "./money";

/** Every payment field that may leave the server; `amount` in major units of `currency`. */
export const paymentDtoSchema = z.object({
  _id: idField,
  websiteId: idField,
  amount: z.number(),
  currency: z.string(),
  transaction_id: z.string(),
  datafast_visitor_id: z.string().nullable(),
  email: z.string().nullable(),
  customer_id: z.string().nullable(),
  renewal: z.boolean(),
  createdAt: instantField,
});
export type PaymentDto = z.output<typeof paymentDtoSchema>;

export function toPaymentDto(row: Payment): PaymentDto {
  return {
    _id: row.id,
    websiteId: row.websiteId,
    amount: toMajorUnits(row.amountMinor, row.currency),
    currency: row.currency,
    transaction_id: row.transactionId,
    datafast_visitor_id: row.visitorId,
    email: row.email,
    customer_id: row.customerId,
    renewal: row.renewal,
    createdAt: row.createdAt.toISOString(),
  };
}

/** POST /payments: the stored payment; `created` is false when it repeats an earlier one. */
export const recordedPaymentSchema = paymentDtoSchema.extend({ message: z.string(), created: z.boolean() });
export type RecordedPayment = z.output<typeof recordedPaymentSchema>;
