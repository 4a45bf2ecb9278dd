import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./security-headers";

function directive(policy: string, name: string): string | undefined {
  return policy.split("; ").find((part) => part.startsWith(`${name} `));
}

const page = { nonce: "bm9uY2U=", development: false, https: false };

describe("security headers", () => {
  it("page scripts run only with the nonce: no 'unsafe-inline', 'strict-dynamic', no eval in production", () => {
    const scripts = directive(contentSecurityPolicy(page), "script-src");
    expect(scripts).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
  });

  it("development adds 'unsafe-eval' (React's error stacks) and nothing else to scripts", () => {
    const scripts = directive(contentSecurityPolicy({ ...page, development: true }), "script-src");
    expect(scripts).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic' 'unsafe-eval'");
  });

  it("pages and locked responses forbid framing, plugins and foreign form targets", () => {
    for (const policy of [contentSecurityPolicy(page), contentSecurityPolicy({ ...page, nonce: null })]) {
      expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
      // No wildcard or foreign host anywhere.
      expect(policy).not.toMatch(/\*|https?:/);
    }
    expect(contentSecurityPolicy({ ...page, nonce: null })).toMatch(/^default-src 'none'/);
  });

  it("HSTS and upgrade-insecure-requests only when the public URL is https", () => {
    expect(securityHeaders(page)).not.toHaveProperty("Strict-Transport-Security");
    expect(contentSecurityPolicy(page)).not.toContain("upgrade-insecure-requests");
    const https = { ...page, https: true };
    expect(securityHeaders(https)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(contentSecurityPolicy(https)).toContain("upgrade-insecure-requests");
  });

  it("sets the fixed headers on every kind of response", () => {
    for (const context of [page, { ...page, nonce: null }]) {
      expect(securityHeaders(context)).toMatchObject({
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Permissions-Policy": expect.stringContaining("camera=()"),
      });
    }
  });

  it("nonces are fresh 128-bit values", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
