import "server-only";
import { ERROR_STATUS, type AppErrorCode } from "@/lib/errors";
import { apiSecurityHeaders } from "@/lib/http/api-security-headers";

// DataFast's envelope, exactly: success `{"status":"success","data":[…]}` (always a list, with
// the operation's own envelope fields beside it when it has some) and error
// `{"status":"error","error":{"code":<HTTP status>,"message":"…"}}`.

// Nothing from the API may be cached: responses can carry secrets and per-caller data.
const BASE_HEADERS = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

/** `extra` plus the security headers and no-store every API response carries (proxy.ts skips the API). */
export function apiHeaders(extra: HeadersInit = {}): Headers {
  const headers = new Headers(extra);
  for (const [name, value] of Object.entries(apiSecurityHeaders())) headers.set(name, value);
  for (const [name, value] of Object.entries(BASE_HEADERS)) headers.set(name, value);
  return headers;
}

export function success(
  data: unknown,
  init: { status?: number; headers?: HeadersInit; envelope?: Record<string, unknown> } = {},
): Response {
  const list = Array.isArray(data) ? data : data === null || data === undefined ? [] : [data];
  const headers = apiHeaders(init.headers);
  // `status` and `data` last: envelope fields can never replace them.
  return new Response(JSON.stringify({ ...init.envelope, status: "success", data: list }), {
    status: init.status ?? 200,
    headers,
  });
}

export function failure(status: number, message: string, extraHeaders: HeadersInit = {}): Response {
  return new Response(JSON.stringify({ status: "error", error: { code: status, message } }), {
    status,
    headers: apiHeaders(extraHeaders),
  });
}

export function failureFor(code: AppErrorCode, message: string, extraHeaders: HeadersInit = {}): Response {
  return failure(ERROR_STATUS[code], message, extraHeaders);
}
