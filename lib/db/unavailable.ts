import "server-only";

// Every way the stack reports "the database cannot serve right now", answered 503 (REST) or
// UNAVAILABLE (actions) instead of a 500: Prisma's own codes, the driver adapter's error kinds,
// node-postgres and socket errors, PostgreSQL's connection-exception SQLSTATEs, and a closed
// embedded PGlite (the process is shutting down). Errors are walked through `cause`,
// `meta.driverAdapterError` and AggregateError's `errors`, where the adapters put the original.

/** Prisma: can't reach, timed out, server closed the connection, pool or transaction timed out. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);

/** @prisma/driver-adapter-utils error kinds (adapter-pg's mapping of socket and server errors). */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);

const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNABORTED",
]);

/** SQLSTATE class 08 (connection exception), shutdowns, "cannot connect now", too many connections. */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;

const MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|is not queryable|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode)|Can't reach database|Server has closed the connection|PGlite is closed/i;

type ErrorLike = {
  code?: unknown;
  message?: unknown;
  kind?: unknown;
  cause?: unknown;
  meta?: unknown;
  errors?: unknown;
};

function matches(error: ErrorLike): boolean {
  const { code, kind, message } = error;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code)))
    return true;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  return typeof message === "string" && MESSAGES.test(message);
}

function nested(error: ErrorLike): unknown[] {
  const meta =
    typeof error.meta === "object" && error.meta !== null
      ? (error.meta as { driverAdapterError?: unknown })
      : {};
  return [error.cause, meta.driverAdapterError, ...(Array.isArray(error.errors) ? error.errors : [])];
}

/** True when an error means the database cannot be reached (answered 503, retried later). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const candidate = error as ErrorLike;
  return matches(candidate) || nested(candidate).some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
