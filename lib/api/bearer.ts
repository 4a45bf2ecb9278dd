import "server-only";
/**
 * The secret from `Authorization: Bearer <secret>` (RFC 6750), or null. Only the header counts:
 * never the query string or cookies. Anything else (another scheme, an empty or repeated
 * credential, two headers folded into one) is null, and the caller answers 401.
 */
export function bearerSecret(headers: Headers): string | null {
  const value = headers.get("authorization");
  if (value === null || value.includes(",")) return null;
  const match = /^Bearer ([^\s]+)$/.exec(value);
  return match?.[1] ?? null;
}
