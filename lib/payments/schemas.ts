import "server-only";
import { z } from "zod";
import { emailSchema, visitorIdSchema } from "@/lib/tracking/schemas";
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

const optionalText = (label: string) =>
  z
    .string({ error: `${label} must be a string.` })
    .trim()
    .min(1, `${label} is empty.`)
    .max(255, "Use at most 255 characters.")
    .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u, "Use printable characters only.")
    .optional();

export const recordPaymentSchema = z
  .object({
    amount: z
      .number({ error: "amount must be a number." })
      .min(0, "amount cannot be negative.")
      .max(MAX_PAYMENT_AMOUNT, `amount can be at most ${MAX_PAYMENT_AMOUNT}.`),
    currency: paymentCurrencySchema,
    transaction_id: z
      .string({ error: "transaction_id must be a string." })
      .trim()
      .min(1, "Enter the transaction id.")
      .max(255, "Use at most 255 characters.")
      .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u, "Use printable characters only."),
    datafast_visitor_id: visitorIdSchema.optional(),
    email: emailSchema.optional(),
    customer_id: optionalText("customer_id"),
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
