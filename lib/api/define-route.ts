import "server-only";
import { z } from "zod";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor, RequestInfo } from "@/lib/actor";
import { auditRefusal } from "@/lib/audit/record-refusal";
import { credentialActor } from "@/lib/credentials/credential-actor";
import { allowListRefusal } from "@/lib/credentials/ip-allow-list";
import { verifySecret, type VerifiedCredential, type VerifyFailure } from "@/lib/credentials/verify";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError, isAppError, type Refused } from "@/lib/errors";
import { requestInfoFrom } from "@/lib/http/request-info";
import { logUnexpected } from "@/lib/log-unexpected";
import { countApiRequest, unseenCaller, type SeenCaller } from "@/lib/usage/count-api-request";
import { isUuid } from "@/lib/validation/id-input";
import { bearerSecret } from "./bearer";
import { HTTP_METHODS, type ApiOperation, type HttpMethod } from "./catalogue/operation";
import { apiHeaders, failure, failureFor, success } from "./envelope";
import {
  invalidSecretLimiter,
  rateLimitHeaders,
  secretQuotaLimiter,
  type RateLimitDecision,
} from "./rate-limit";
import { readJsonBody } from "./read-body";
import { searchParamsObject } from "./search-params";

// The one REST adapter: secret from the Authorization header → verify → strict input parsing
// → one domain call → DataFast's envelope. Authorization itself happens in the domain call.

type RouteParams = Promise<Record<string, string | string[] | undefined>>;
// Next.js passes no `params` at all to routes without dynamic segments.
export type RouteHandler = (request: Request, context: { params?: RouteParams }) => Promise<Response>;

export type RouteContext<P, Q, B> = {
  actor: Actor;
  credential: VerifiedCredential;
  params: P;
  query: Q;
  body: B;
  /** The website a website-level route acts on (when the route declares `website`). */
  websiteId: string;
  request: Request;
};

/**
 * One item of the answer, or the list of them: exactly what the operation documents; with an
 * `envelope` schema, the list and the envelope's own fields.
 */
type RouteResult<R, E> = [E] extends [undefined] ? R | R[] : { data: R[]; envelope: E };
type RouteRun<P, Q, B, R, E> = (context: RouteContext<P, Q, B>) => Promise<RouteResult<R, E>>;

/** The handler a route module exports for an operation; `operation` says which one it serves. */
export type OperationHandler = RouteHandler & { readonly operation: ApiOperation };

const UNAUTHORIZED: Record<VerifyFailure | "missing", string> = {
  missing: "Missing API key. Send it as `Authorization: Bearer <key>`.",
  malformed: "Invalid API key.",
  unknown: "Invalid API key.",
  revoked: "This API key was revoked.",
  expired: "This API key has expired.",
  rolled: "This API key was rolled; use its new secret.",
};

function unauthorized(reason: VerifyFailure | "missing"): Response {
  return failure(401, UNAUTHORIZED[reason], { "WWW-Authenticate": 'Bearer realm="keyward"' });
}

function tooManyRequests(decision: RateLimitDecision, message: string): Response {
  return failure(429, message, {
    "Retry-After": String(decision.resetSeconds),
    ...rateLimitHeaders(decision),
  });
}

const GUESSING = "Too many invalid API keys from your address. Wait a minute and try again.";

/**
 * The verified secret, or the 401/429 answer; failures count against the client's address.
 * `websiteId` (the website the request names) lets a token's lookup read the role there too.
 */
async function authenticate(
  request: Request,
  info: RequestInfo,
  websiteId: unknown,
  caller: SeenCaller,
): Promise<VerifiedCredential | Response> {
  const client = info.ip ?? "unknown";
  const blocked = invalidSecretLimiter.isBlocked(client);
  if (blocked) return tooManyRequests(blocked, GUESSING);
  const secret = bearerSecret(request.headers);
  const verified =
    secret === null
      ? null
      : await verifySecret({
          raw: secret,
          request: info,
          now: new Date(),
          roleOn: typeof websiteId === "string" ? websiteId : undefined,
        });
  if (verified?.ok) {
    caller.id = verified.credential.id;
    caller.secret = verified.credential.secret;
    return verified.credential;
  }
  if (verified?.credentialId) caller.id = verified.credentialId;
  const decision = await invalidSecretLimiter.hit(client);
  if (!decision.allowed) return tooManyRequests(decision, GUESSING);
  return unauthorized(verified ? verified.reason : "missing");
}

function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid request.";
  if (issue.code === "unrecognized_keys")
    return `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.map((k) => k.slice(0, 40)).join(", ")}.`;
  const where = issue.path.map(String).join(".");
  return where ? `${where}: ${issue.message}` : issue.message;
}

export function errorResponse(error: unknown): Response {
  if (error instanceof z.ZodError) return failure(400, describeZodError(error));
  if (isAppError(error)) {
    const headers: Record<string, string> = error.retryAfter
      ? { "Retry-After": String(error.retryAfter) }
      : {};
    return failureFor(error.code, error.message, headers);
  }
  if (isDatabaseUnavailable(error))
    return failure(503, "The service is temporarily unavailable. Try again shortly.", { "Retry-After": "5" });
  const id = logUnexpected("api", error);
  return failure(500, `Internal error (reference ${id.slice(0, 8)}).`);
}

function resolveWebsite(
  where: "path" | "query",
  credential: VerifiedCredential,
  pathId: unknown,
  queryId: unknown,
): string {
  if (credential.principal.kind === "website-key") {
    // A key is bound to its website: naming another one anywhere is refused, never followed.
    const own = credential.principal.websiteId;
    if ((pathId !== undefined && pathId !== own) || (queryId !== undefined && queryId !== own)) {
      throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    }
    return own;
  }
  const named = where === "path" ? pathId : queryId;
  if (named === undefined)
    throw new AppError("INVALID", "websiteId is required: name the website with ?websiteId=.");
  // Any format: one that names no website is refused by the domain's access check exactly as a
  // website the caller may not see (SPEC §6), never with a 400 that would tell the two apart.
  return String(named);
}

/** What a refused request attempted, when the domain named no operation: method and path shape. */
function attempted(request: Request): Refused {
  const url = new URL(request.url);
  const segments = url.pathname.split("/");
  const inPath = segments.indexOf("websites");
  const named = inPath >= 0 ? segments[inPath + 1] : url.searchParams.get("websiteId");
  const path = segments.map((segment) => (isUuid(segment) ? "{id}" : segment)).join("/");
  return { operation: `${request.method} ${path}`, websiteId: isUuid(named) ? named : null };
}

/** `websiteId` in the query selects the website; it is not part of any route's own query. */
function withoutWebsiteId(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([name]) => name !== "websiteId"));
}

/**
 * The handler of one catalogue operation: its params, query, body and website rule come from the
 * catalogue entry (lib/api/catalogue), the same one the OpenAPI document is generated from.
 */
export function defineRoute<P, Q, B, R, E>(
  spec: ApiOperation<P, Q, B, R, E>,
  run: NoInfer<RouteRun<P, Q, B, R, E>>,
): OperationHandler {
  const answer = async (request: Request, context: { params?: RouteParams }, caller: SeenCaller) => {
    let actor: Actor | undefined;
    try {
      const info = requestInfoFrom(request.headers);
      caller.ip = info.ip;
      const rawParams = (await context.params) ?? {};
      const url = new URL(request.url);
      // Only a hint for the lookup, before any validation: the website is resolved strictly below.
      const named =
        spec.website === "path"
          ? rawParams.websiteId
          : spec.website === "query"
            ? url.searchParams.get("websiteId")
            : undefined;
      const credential = await authenticate(request, info, named, caller);
      if (credential instanceof Response) return credential;
      actor = credentialActor(credential, info);
      // Before the quota, so a leaked secret used from elsewhere cannot spend the owner's budget;
      // audited as a refusal (by the catch below) like any other 403.
      const blockedIp = allowListRefusal(credential.allowedIps, info.ip);
      if (blockedIp) throw new AppError("FORBIDDEN", blockedIp, { refused: attempted(request) });
      const quota = await secretQuotaLimiter.hit(credential.id);
      if (!quota.allowed)
        return tooManyRequests(quota, "This API key is over its per-minute quota. Wait and try again.");

      const rawQuery = searchParamsObject(url);
      const params = (spec.params ? spec.params.parse(rawParams) : {}) as P;
      const query = (spec.query ? spec.query.parse(withoutWebsiteId(rawQuery)) : {}) as Q;
      const body = (spec.body ? spec.body.parse((await readJsonBody(request)) ?? {}) : undefined) as B;
      const websiteId = spec.website
        ? resolveWebsite(spec.website, credential, rawParams.websiteId, rawQuery.websiteId)
        : "";
      caller.websiteId = websiteId;

      const result = await run({ actor, credential, params, query, body, websiteId, request });
      const headers = rateLimitHeaders(quota);
      if (!spec.envelope) return success(result, { headers });
      const { data, envelope } = result as { data: R[]; envelope: Record<string, unknown> };
      return success(data, { headers, envelope });
    } catch (error) {
      await auditRefusal(actor, error, attempted(request));
      return errorResponse(error);
    }
  };
  // Usage per credential (lib/usage): counted in memory once the answer is known.
  const handler: RouteHandler = async (request, context) => {
    const caller = unseenCaller();
    const response = await answer(request, context, caller);
    countApiRequest(spec.id, caller, response);
    return response;
  };
  return Object.assign(handler, { operation: spec as ApiOperation });
}

/** The operation a handler serves, or null (405 answers, OPTIONS). */
export function operationOf(handler: RouteHandler): ApiOperation | null {
  return "operation" in handler ? (handler as OperationHandler).operation : null;
}

/**
 * Every method a route module exports: one handler per operation of one path (its method comes
 * from the catalogue), 405 with `Allow` for the rest, and an OPTIONS answer that grants no
 * cross-origin access (no CORS headers at all).
 */
export function routeMethods(...handlers: OperationHandler[]): Record<HttpMethod | "OPTIONS", RouteHandler> {
  const byMethod = new Map<HttpMethod, RouteHandler>();
  for (const handler of handlers) {
    const { method, path } = handler.operation;
    if (byMethod.has(method) || path !== handlers[0]!.operation.path)
      throw new Error(`routeMethods: ${method} ${path} is listed twice or under another path`);
    byMethod.set(method, handler);
  }
  const allow = [...HTTP_METHODS.filter((m) => byMethod.has(m)), "OPTIONS"].join(", ");
  const notAllowed: RouteHandler = async () => failure(405, "Method not allowed.", { Allow: allow });
  const result = Object.fromEntries(HTTP_METHODS.map((m) => [m, byMethod.get(m) ?? notAllowed])) as Record<
    HttpMethod,
    RouteHandler
  >;
  return {
    ...result,
    OPTIONS: async () => new Response(null, { status: 204, headers: apiHeaders({ Allow: allow }) }),
  };
}
