import "server-only";
import { z } from "zod";
import { visitorIdSchema } from "@/lib/tracking/schemas";
import { emailSchema } from "@/lib/validation/email";
import { apiTextSchema } from "@/lib/validation/text";
import { toMinorUnits } from "./money";

// `POST /payments`, in DataFast's field names. `amount` is in major units (29.99 = $29.99).

/** The largest amount one payment may carry, in major units. */
export const MAX_PAYMENT_AMOUNT = 1_000_000_000_000;

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export const paymentCurrencySchema = z
  .string({ error: "Enter an ISO 4217 currency code such as USD." })
  .trim()
  .toUpperCase()
  .refine(
    (code) => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code),
    "Enter an ISO 4217 currency code such as USD.",
  )
  .meta({ description: "An ISO 4217 currency code.", examples: ["USD"] });

export const recordPaymentSchema = z
  .object({
    amount: z
      .number({ error: "amount must be a number." })
      .min(0, "amount cannot be negative.")
      .max(MAX_PAYMENT_AMOUNT, `amount can be at most ${MAX_PAYMENT_AMOUNT}.`),
    currency: paymentCurrencySchema,
    transaction_id: apiTextSchema("transaction_id", "Enter the transaction id."),
    datafast_visitor_id: visitorIdSchema.optional(),
    email: emailSchema.optional(),
    customer_id: apiTextSchema("customer_id").optional(),
    renewal: z.boolean({ error: "renewal must be true or false." }).default(false),
  })
  .strict()
  // Checked here so the answer is a 400 on `amount`; recordPayment converts with the same function.
  .superRefine((input, ctx) => {
    // Zod runs this even after a field's own refinement failed: only judge valid fields.
    if (typeof input.amount !== "number" || !CURRENCIES.has(input.currency)) return;
    if (toMinorUnits(input.amount, input.currency) === null) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: `amount has more decimals than ${input.currency} allows.`,
      });
    }
  });
export type RecordPaymentInput = z.input<typeof recordPaymentSchema>;

export { listQuerySchema as listPaymentsQuerySchema } from "@/lib/tracking/schemas";
