import "server-only";
import type { AppErrorCode } from "@/lib/errors";

/** What every server action returns: data, or an error the form can show. Never a secret in errors. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: { code: AppErrorCode | "UNEXPECTED"; message: string; fields?: Record<string, string> };
    };
