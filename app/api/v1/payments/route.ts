import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { listPayments } from "@/lib/payments/list-payments";
import { recordPayment } from "@/lib/payments/record-payment";
import { listPaymentsQuerySchema, recordPaymentSchema } from "@/lib/payments/schemas";

// POST is idempotent on transaction_id: a repeat answers 200 with the stored payment.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ website: "query", query: listPaymentsQuerySchema, run: ({ actor, websiteId, query }) => listPayments(actor, websiteId, query) }),
  POST: defineRoute({ website: "query", body: recordPaymentSchema, run: ({ actor, websiteId, body }) => recordPayment(actor, websiteId, body) }),
});
