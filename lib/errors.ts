import "server-only";

// Expected failures carry a code that every adapter maps the same way: an HTTP status in the
// REST envelope, a form or field error in the dashboard. Anything else is a bug: logged with an
// id and shown as a generic failure.

export const ERROR_STATUS = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  /** Sudo mode: the act needs a fresh authentication first (dashboard actions only). */
  REAUTH_REQUIRED: 403,
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export type AppErrorOptions = {
  /** The form field the message belongs to, when there is one. */
  field?: string;
  /** Seconds to wait, for RATE_LIMITED. */
  retryAfter?: number;
  /** For FORBIDDEN: the lib/access operation refused and its website, for the audit of refused attempts. */
  refused?: Refused;
};

export type Refused = { operation: string; websiteId: string | null };

export class AppError extends Error {
  override name = "AppError";
  readonly code: AppErrorCode;
  readonly field: string | undefined;
  readonly retryAfter: number | undefined;
  readonly refused: Refused | undefined;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message);
    this.code = code;
    this.field = options.field;
    this.retryAfter = options.retryAfter;
    this.refused = options.refused;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
