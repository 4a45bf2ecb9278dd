import type { APIResponse, Page } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers, expect, loginAsDemo, submitSignIn, test } from "./fixtures";
import { closeReveal, uniqueName } from "./secret-helpers";
import { createKey, ownerOnDeveloperPage } from "./website-helpers";

// The security headers on a page, an API response and a static asset; the nonce on every inline
// script; and the pages still hydrating and working under the policy, with no violation reported.

function expectSecurityHeaders(response: APIResponse, label: string): string {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp, label).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["permissions-policy"], label).toContain("camera=()");
  expect(headers["x-frame-options"], label).toBe("DENY");
  // KEYWARD_URL is not https here, so no HSTS.
  expect(headers["strict-transport-security"], label).toBeUndefined();
  return csp;
}

test("security headers on a page, an API response and a static asset; every script carries the nonce", async ({
  request,
}) => {
  const page = await request.get("/sign-in");
  const csp = expectSecurityHeaders(page, "page");
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(page.headers()["cache-control"]).toBe("no-store");
  const html = await page.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(3);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  // A fresh nonce per response.
  const again = (await request.get("/sign-in")).headers()["content-security-policy"];
  expect(again).not.toContain(`'nonce-${nonce}'`);

  // proxy.ts skips /api/v1/*, /api/health and /api/auth/*: the routes set the same headers themselves.
  for (const [path, method] of [
    ["/api/v1/admin/account", "GET"],
    ["/api/v1/no-such-endpoint", "GET"],
    ["/api/v1/token", "OPTIONS"],
    ["/api/health", "GET"],
    ["/api/auth/csrf", "GET"],
    ["/api/auth/session", "GET"],
    ["/api/auth/callback/credentials", "POST"],
  ] as const) {
    // Not following redirects: a refused sign-in redirects to the sign-in page.
    const api = await request.fetch(path, { method, maxRedirects: 0 });
    expect(expectSecurityHeaders(api, `${method} ${path}`)).toMatch(/^default-src 'none'/);
    expect(api.headers()["cache-control"], path).toBe("no-store");
  }
  const openApi = await request.get("/api/v1/openapi.json");
  expect(expectSecurityHeaders(openApi, "openapi")).toMatch(/^default-src 'none'/);
  expect(openApi.headers()["cache-control"]).toBe("public, max-age=300");

  const assetPath = html.match(/\/_next\/static\/[^"]+\.js/)?.[0] ?? "";
  const asset = await request.get(assetPath);
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset, "static");
  expect(asset.headers()["cache-control"]).toContain("immutable");
});

test("every authenticated page, HTML and RSC payload, is no-store (action responses: S9)", async ({
  page,
}) => {
  await loginAsDemo(page, "owner");
  const home = await (await page.request.get("/")).text();
  const websiteId = home.match(/\/websites\/([0-9a-f-]{36})/)?.[1] ?? "";
  const paths = [
    "/",
    "/account",
    "/account/api",
    `/websites/${websiteId}`,
    `/websites/${websiteId}/settings`,
    `/websites/${websiteId}/settings/developer`,
    `/websites/${websiteId}/settings/team`,
  ];
  for (const path of paths) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const response = await page.request.get(path, { headers });
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], `${path} ${JSON.stringify(headers)}`).toBe("no-store");
    }
  }
});

/** Records CSP violations the page reports (events and console messages). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
      messages.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])),
  ];
}

test("the pages hydrate and work under the policy: sign in, create a key, no violation reported", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await submitSignIn(page, demoUsers.viewer.email, DEMO_PASSWORD);
  await expect(page.getByRole("button", { name: `Account menu for ${demoUsers.viewer.name}` })).toBeVisible();
  expect(await violations()).toEqual([]);

  // A fresh owner through sign-up, a website and a key: dialogs, forms, the reveal.
  await page.context().clearCookies();
  await ownerOnDeveloperPage(page);
  const secret = await createKey(page, uniqueName("CSP"));
  await closeReveal(page, secret);
  expect(await violations()).toEqual([]);
});
