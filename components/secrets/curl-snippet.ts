import { SECRET_PREFIX } from "@/lib/secrets/format";

/**
 * A first request to try the secret with (SPEC §5): the account endpoint for `dft_` tokens,
 * the website's overview for `df_` keys (the key implies the website).
 */
export function curlSnippet(origin: string, secret: string): string {
  const auth = `-H "Authorization: Bearer ${secret}"`;
  // "dft_" also starts with "df", so it is checked first.
  if (secret.startsWith(SECRET_PREFIX["account-token"])) return `curl ${origin}/api/v1/admin/account ${auth}`;
  return `curl "${origin}/api/v1/analytics/overview" ${auth}`;
}
