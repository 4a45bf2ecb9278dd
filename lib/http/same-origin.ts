import "server-only";
/**
 * A mutating browser request must come from a page of this very host. Compared with `Host`
 * only: `X-Forwarded-Host` is the client's to forge when no trusted proxy sits in front.
 */
export function isSameOrigin(source: Headers): boolean {
  const origin = source.get("origin");
  const host = source.get("host");
  if (!origin || !host || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
