import "server-only";

/** `text` matched literally inside a LIKE pattern (Prisma's `contains` passes `%`, `_` and `\` on). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
