import "server-only";
import type { Payment } from "@/lib/db/generated/client";
import { toMajorUnits } from "./money";

/** Every payment field that may leave the server; `amount` in major units of `currency`. */
export type PaymentDto = {
  _id: string;
  websiteId: string;
  amount: number;
  currency: string;
  transaction_id: string;
  datafast_visitor_id: string | null;
  email: string | null;
  customer_id: string | null;
  renewal: boolean;
  createdAt: string;
};

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
