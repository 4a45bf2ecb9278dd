import { z } from "zod";

// The one printable-text rule for every name and free-text field the app stores and shows: no
// control, format (bidi) or line/paragraph separator characters, so a value cannot forge log
// lines or reorder the text around it. Shared by forms, actions and routes (no server-only code).

const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

/** Refuses anything but printable characters. */
export function printable(schema: z.ZodString): z.ZodString {
  return schema.regex(PRINTABLE, "Use printable characters only.");
}

/** A display name (person, website, token, key, funnel, alert): trimmed, 1–64 printable characters. */
export function nameSchema(missing = "Enter a name."): z.ZodString {
  return printable(z.string({ error: missing }).trim().min(1, missing).max(64, "Use at most 64 characters."));
}

/**
 * A free-text API field (ids and names DataFast's clients send): trimmed, 1–255 printable
 * characters. `empty` defaults to "<field> is empty.".
 */
export function apiTextSchema(field: string, empty = `${field} is empty.`): z.ZodString {
  return printable(
    z
      .string({ error: `${field} must be a string.` })
      .trim()
      .min(1, empty)
      .max(255, "Use at most 255 characters."),
  );
}
