import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isHttpsDeployment } from "@/lib/http/public-url";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

// Runs on every request (no matcher): security headers on pages, API responses and static
// files alike. It authorizes nothing: pages, actions and routes check the session themselves.

/**
 * Built assets (content-hashed) and the OpenAPI document are public and set their own caching;
 * everything else may carry private data.
 */
function isPublicResource(pathname: string): boolean {
  return pathname.startsWith("/_next/static/") || pathname === "/api/v1/openapi.json";
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
