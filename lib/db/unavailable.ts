import "server-only";
/** True when an error means the database cannot be reached (answered 503, retried later). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  if (code === "P1001" || code === "P1002" || code === "P1017" || code === "P2024") return true;
  if (name === "DriverAdapterError" || typeof message === "string") {
    return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|connection timeout|the database system is (starting up|shutting down)|Can't reach database/i.test(
      String(message),
    );
  }
  return false;
}
