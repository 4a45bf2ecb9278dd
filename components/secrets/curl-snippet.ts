import { SECRET_PREFIX } from "@/lib/secrets/format";

/**
 * A first request to try the secret with (SPEC §5) that works for every secret of its kind:
 * `/token` for `dft_` tokens (any valid token may describe itself, whatever its permissions),
 * the website's overview for `df_` keys (the key implies the website and reads analytics).
 */
export function curlSnippet(origin: string, secret: string): string {
  const auth = `-H "Authorization: Bearer ${secret}"`;
  // "dft_" also starts with "df", so it is checked first.
  if (secret.startsWith(SECRET_PREFIX["account-token"])) return `curl ${origin}/api/v1/token ${auth}`;
  return `curl "${origin}/api/v1/analytics/overview" ${auth}`;
}
