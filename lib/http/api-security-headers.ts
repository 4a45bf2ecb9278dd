import "server-only";
import { env } from "@/lib/env";
import { isHttpsDeployment } from "./public-url";
import { securityHeaders } from "./security-headers";

// proxy.ts skips /api/v1, /api/health and /api/auth (a second pass through Next's request
// machinery per request), so their responses take the same non-page headers from here. Computed once per
// deployment shape: the headers depend only on configuration, never on the request.
let memo: { key: string; headers: Readonly<Record<string, string>> } | undefined;

export function apiSecurityHeaders(): Readonly<Record<string, string>> {
  const development = !env().isProduction;
  const https = isHttpsDeployment();
  const key = `${development}|${https}`;
  if (memo?.key !== key) memo = { key, headers: securityHeaders({ nonce: null, development, https }) };
  return memo.headers;
}
