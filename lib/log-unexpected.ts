import "server-only";
import { randomUUID } from "node:crypto";

/**
 * Logs an unexpected error under a fresh reference id and returns the id for the person's
 * message. Only the error's name, code and stack frames are written: messages of database
 * errors can echo query arguments (digests, password hashes), so they never reach the log.
 */
export function logUnexpected(scope: string, error: unknown): string {
  const id = randomUUID();
  const { name, code, stack } = (typeof error === "object" && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
    stack?: unknown;
  };
  const frames =
    typeof stack === "string"
      ? stack
          .split("\n")
          .filter((line) => line.trimStart().startsWith("at "))
          .slice(0, 12)
      : [];
  console.error(
    `[${scope}] unexpected error ${id}: ${String(name ?? typeof error)}${code ? ` (${String(code)})` : ""}\n${frames.join("\n")}`,
  );
  return id;
}
