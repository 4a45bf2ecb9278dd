import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/website-data";
import { listPayments } from "@/lib/payments/list-payments";
import { recordPayment } from "@/lib/payments/record-payment";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.listPayments, ({ actor, websiteId, query }) => listPayments(actor, websiteId, query)),
  defineRoute(op.recordPayment, ({ actor, websiteId, body }) => recordPayment(actor, websiteId, body)),
);
