import "server-only";
import type { RequestInfo } from "@/lib/actor";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { isAppError } from "@/lib/errors";
import { requestInfoFrom } from "@/lib/http/request-info";
import { logUnexpected } from "@/lib/log-unexpected";
import { apiHeaders } from "./envelope";
import { RateLimiter } from "./rate-limit";
import { readJsonBody, readTextBody } from "./read-body";

// The adapter of the unauthenticated OAuth endpoints (device sign-in, RFC 8628): they answer in
// RFC 6749's JSON (`{ error, error_description? }`), not DataFast's envelope, because OAuth
// clients read exactly that. Bodies are form-encoded (the RFC's) or JSON; never cached.

/** RFC 6749 §5.1's Pragma beside the API's own headers (no-store, security headers: proxy.ts skips the API). */
export function oauthJson(status: number, body: object, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: apiHeaders({ Pragma: "no-cache", ...headers }) });
}

export function oauthError(error: string, description?: string, status = 400): Response {
  return oauthJson(status, description ? { error, error_description: description } : { error });
}

class BadBody extends Error {}

/** The body's fields: `application/x-www-form-urlencoded` as the RFC sends them, or a JSON object. */
async function readFields(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(await readTextBody(request)));
  const json = await readJsonBody(request).catch((error: unknown) => {
    if (isAppError(error) && error.code === "INVALID") throw new BadBody(error.message);
    throw error;
  });
  if (json === undefined) return {};
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new BadBody("The body must be a JSON object or a form.");
  return json as Record<string, unknown>;
}

export type OAuthContext = { fields: Record<string, unknown>; request: RequestInfo };

/** A POST handler: per-address rate limit, the body's fields, one run, failures in OAuth's JSON. */
export function defineOAuthRoute(
  limiter: RateLimiter,
  run: (context: OAuthContext) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const info = requestInfoFrom(request.headers);
      const decision = await limiter.hit(info.ip ?? "unknown");
      if (!decision.allowed)
        return oauthJson(
          429,
          {
            error: "rate_limited",
            error_description: "Too many requests from your address. Wait and try again.",
          },
          { "Retry-After": String(decision.resetSeconds) },
        );
      return await run({ fields: await readFields(request), request: info });
    } catch (error) {
      if (error instanceof BadBody) return oauthError("invalid_request", error.message);
      if (isAppError(error) && error.code === "TOO_LARGE")
        return oauthError("invalid_request", error.message, 413);
      if (isDatabaseUnavailable(error))
        return oauthJson(503, { error: "temporarily_unavailable" }, { "Retry-After": "5" });
      const id = logUnexpected("api", error);
      return oauthError("server_error", `Internal error (reference ${id.slice(0, 8)}).`, 500);
    }
  };
}

/** Device codes asked for, per client address per minute. */
export const deviceCodeLimiter = new RateLimiter("device-code-ip", 30);
/** Polls per client address per minute (several devices may share an address). */
export const deviceTokenLimiter = new RateLimiter("device-token-ip", 600);
