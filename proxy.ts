import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isHttpsDeployment } from "@/lib/http/public-url";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

// Security headers on pages, the API routes it still runs on and static files. It authorizes
// nothing: pages, actions and routes check the session themselves.

// Not on the REST API, the health probe or next-auth's endpoints: a second pass through Next's
// request machinery on every small JSON answer (issue 21; a burst of sign-ins queued other
// requests behind it, issue 15); those routes set the same headers themselves
// (lib/http/api-security-headers.ts).
// `/api/v1` without a slash is no route (Next's 404 page), so it keeps the proxy's headers.
export const config = { matcher: ["/((?!api/v1/|api/health$|api/auth/).*)"] };

/**
 * Built assets (content-hashed) are public and set their own caching; everything else may carry
 * private data.
 */
function isPublicResource(pathname: string): boolean {
  return pathname.startsWith("/_next/static/");
}

/** An HTML page or its RSC payload (not an API route or a static file). */
function isPage(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/_next/");
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const nonce = isPage(pathname) ? newNonce() : null;
  const context = { nonce, development: !env().isProduction, https: isHttpsDeployment() };

  const forwarded = new Headers(request.headers);
  // Next.js takes the nonce for its own scripts from the request's policy header.
  if (nonce) forwarded.set("content-security-policy", contentSecurityPolicy(context));
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(securityHeaders(context))) response.headers.set(name, value);
  if (!isPublicResource(pathname)) response.headers.set("Cache-Control", "no-store");
  return response;
}
