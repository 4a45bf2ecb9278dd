import "server-only";
import { z } from "zod";
import { goalNameSchema, listLimitSchema } from "@/lib/tracking/schemas";
import { printable } from "@/lib/validation/text";

// Alerts in DataFast's shape: "when the goal `trigger.goalName` is recorded, email
// `template.message` to the website's owner". Keyward's older metric thresholds are kept as
// stored (kind "threshold", see dto.ts) but can no longer be created.

/** At most this many alerts per website (DataFast's limit: the next create is a 403). */
export const ALERT_LIMIT = 25;
export const MAX_ALERT_NAME = 100;
export const MIN_ALERT_MESSAGE = 10;
export const MAX_ALERT_MESSAGE = 2000;
export const MAX_ALERT_SUBJECT = 200;

// Line breaks belong in an email body; other control and bidi characters do not.
const MESSAGE_TEXT = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

const nameField = printable(
  z
    .string({ error: "name must be a string." })
    .trim()
    .min(1, "Enter a name.")
    .max(MAX_ALERT_NAME, `Use at most ${MAX_ALERT_NAME} characters.`),
);

const messageField = z
  .string({ error: "template.message must be a string." })
  .trim()
  .min(MIN_ALERT_MESSAGE, `Use at least ${MIN_ALERT_MESSAGE} characters.`)
  .max(MAX_ALERT_MESSAGE, `Use at most ${MAX_ALERT_MESSAGE} characters.`)
  .refine(
    (text) => MESSAGE_TEXT.test(text.replace(/\r?\n|\t/g, " ")),
    "Use printable characters and line breaks only.",
  );

const subjectField = printable(
  z
    .string({ error: "template.subject must be a string." })
    .trim()
    .max(MAX_ALERT_SUBJECT, `Use at most ${MAX_ALERT_SUBJECT} characters.`),
)
  .nullable()
  .transform((subject) => subject || null);

const triggerField = z
  .object({ goalName: goalNameSchema }, { error: "trigger must be {goalName}." })
  .strict()
  .meta({ description: "The goal that fires the alert, as POST /goals records it (trimmed, lower-cased)." });

const enabledField = z.boolean({ error: "isEnabled must be true or false." });

export const createAlertSchema = z
  .object({
    name: nameField,
    trigger: triggerField,
    template: z
      .object(
        { message: messageField, subject: subjectField.optional() },
        { error: "template must be {message, subject?}." },
      )
      .strict(),
    isEnabled: enabledField.default(true),
  })
  .strict();
export type CreateAlertInput = z.input<typeof createAlertSchema>;

/** PUT: only the fields sent change; in `template`, a missing message or subject keeps its value. */
export const updateAlertSchema = z
  .object({
    name: nameField,
    trigger: triggerField,
    template: z
      .object(
        { message: messageField.optional(), subject: subjectField.optional() },
        {
          error: "template must be {message?, subject?}.",
        },
      )
      .strict(),
    isEnabled: enabledField,
  })
  .partial()
  .strict();
export type UpdateAlertInput = z.input<typeof updateAlertSchema>;

/** GET …/alerts/history: DataFast's `alertId` filter and `limit` (default 50, clamped to 1–100). */
export const alertHistoryQuerySchema = z
  .object({
    alertId: z.string().optional().meta({ description: "Only this alert's sends." }),
    limit: listLimitSchema,
  })
  .strict();
export type AlertHistoryQuery = z.output<typeof alertHistoryQuerySchema>;
