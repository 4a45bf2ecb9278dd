import { request as httpRequest } from "node:http";
import { randomInt } from "node:crypto";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers, expect, loginAsDemo, signInOverHttp, test } from "./fixtures";
import { clearOfWindowEdge } from "../test/window-edge";

// Requests a browser would never send (S44, S45, S49, S50, S62), straight over HTTP.

const PROTECTED_PAGES = ["/", "/account", "/account/api"];
const SUBREQUEST_VALUES = [
  "middleware",
  "proxy",
  "middleware:middleware:middleware:middleware:middleware",
  "proxy:proxy:proxy:proxy:proxy",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
];

function outcome(response: APIResponse) {
  return { status: response.status(), location: response.headers().location ?? null };
}

/** One of the demo owner's website ids, read from their home page. */
async function demoWebsiteId(request: APIRequestContext): Promise<string> {
  const home = await (await request.get("/")).text();
  const id = home.match(/\/websites\/([0-9a-f-]{36})/)?.[1];
  expect(id).toBeTruthy();
  return id ?? "";
}

test("S44 x-middleware-subrequest changes nothing on protected pages and /api/v1", async ({ request }) => {
  const targets = [
    ...PROTECTED_PAGES.map((path) => ({ method: "GET", path })),
    { method: "GET", path: "/api/v1/admin/account" },
    { method: "POST", path: "/api/v1/admin/access-tokens" },
  ];
  for (const { method, path } of targets) {
    const plain = await request.fetch(path, {
      method,
      maxRedirects: 0,
      data: method === "POST" ? {} : undefined,
    });
    expect([307, 401]).toContain(plain.status());
    for (const value of SUBREQUEST_VALUES) {
      const forged = await request.fetch(path, {
        method,
        maxRedirects: 0,
        headers: { "x-middleware-subrequest": value },
        data: method === "POST" ? {} : undefined,
      });
      expect(outcome(forged), `${method} ${path} with ${value}`).toEqual(outcome(plain));
      // The proxy still ran: its headers are there.
      expect(forged.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
  }
});

test("S45 RSC, prefetch and ?_rsc= requests carry no protected data without a session", async ({
  request,
  page,
}) => {
  await loginAsDemo(page, "owner");
  const websiteId = await demoWebsiteId(page.request);
  const paths = [
    ...PROTECTED_PAGES,
    `/websites/${websiteId}`,
    `/websites/${websiteId}/settings/developer`,
    `/websites/${websiteId}/settings/team`,
  ];
  const variants: Record<string, string>[] = [
    { RSC: "1" },
    { RSC: "1", "Next-Router-Prefetch": "1" },
    { "Next-Router-Prefetch": "1" },
  ];
  // The owner's name, email and websites (the requested path itself is echoed back, so not the id).
  const privateData = new RegExp(
    `Account menu for|${demoUsers.owner.name}|${demoUsers.owner.email}|(shop|blog|docs)\\.example\\.com`,
  );
  for (const path of paths) {
    // Control: the signed-in owner does get the data, so the pattern can match.
    const own = await (await page.request.get(path, { headers: { RSC: "1" } })).text();
    expect(own, path).toMatch(privateData);
    for (const headers of variants) {
      for (const url of [path, `${path}?_rsc=probe`]) {
        const response = await request.get(url, { headers, maxRedirects: 0 });
        expect(await response.text(), `${url} ${JSON.stringify(headers)}`).not.toMatch(privateData);
      }
    }
  }
});

test("S49 a cookie-only request to a mutating /api/v1 route is 401; CORS never grants a foreign origin", async ({
  page,
}) => {
  await loginAsDemo(page, "owner");
  const websiteId = await demoWebsiteId(page.request);
  const mutations = [
    page.request.post("/api/v1/admin/access-tokens", { data: { name: "S49 cookie", permissions: ["*"] } }),
    page.request.delete(`/api/v1/admin/websites/${websiteId}`),
    page.request.post(`/api/v1/admin/websites/${websiteId}/apikeys`, { data: { name: "S49 cookie" } }),
  ];
  for (const response of await Promise.all(mutations)) expect(response.status()).toBe(401);

  for (const method of ["POST", "DELETE", "GET"]) {
    const preflight = await page.request.fetch("/api/v1/admin/access-tokens", {
      method: "OPTIONS",
      headers: {
        Origin: "https://evil.example",
        "Access-Control-Request-Method": method,
        "Access-Control-Request-Headers": "authorization, content-type",
      },
    });
    expect(preflight.status()).toBeLessThan(500);
    expect(preflight.headers()["access-control-allow-origin"]).toBeUndefined();
    expect(preflight.headers()["access-control-allow-credentials"]).toBeUndefined();
  }
  const read = await page.request.get("/api/v1/admin/account", {
    headers: { Origin: "https://evil.example" },
  });
  expect(read.headers()["access-control-allow-origin"]).toBeUndefined();
  expect(read.headers()["access-control-allow-credentials"]).toBeUndefined();
});

async function sessionUserId(request: APIRequestContext): Promise<string | undefined> {
  return ((await (await request.get("/api/auth/session")).json()) as { userId?: string }).userId;
}

test("S50 next-auth sign-in and sign-out without the CSRF token change nothing; the session cookie is HttpOnly and SameSite=Lax", async ({
  playwright,
  baseURL,
  page,
}) => {
  const { email } = demoUsers.member;
  const form = { email, password: DEMO_PASSWORD, json: "true" };

  // No token at all, and a token lifted from another browser (its cookie is not in this one).
  const stranger = await playwright.request.newContext({ baseURL });
  await stranger.post("/api/auth/callback/credentials", { form, maxRedirects: 0 });
  const lifted = ((await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string })
    .csrfToken;
  await stranger.post("/api/auth/callback/credentials", {
    form: { ...form, csrfToken: lifted },
    maxRedirects: 0,
  });
  expect((await stranger.storageState()).cookies.some((c) => c.name.endsWith("session-token"))).toBe(false);
  expect(await sessionUserId(stranger)).toBeUndefined();
  await stranger.dispose();

  // A real sign-in: the cookie's flags.
  expect(await signInOverHttp(page.request, email, DEMO_PASSWORD)).toBe(true);
  const cookie = (await page.request.storageState()).cookies.find((c) =>
    c.name.endsWith("next-auth.session-token"),
  );
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  const userId = await sessionUserId(page.request);
  expect(userId).toBeTruthy();

  // Sign-out without the token leaves the session in place.
  await page.request.post("/api/auth/signout", { form: { json: "true" }, maxRedirects: 0 });
  expect(await sessionUserId(page.request)).toBe(userId);
  expect((await page.request.get("/account", { maxRedirects: 0 })).status()).toBe(200);
});

/** A GET from a chosen loopback source address (the server sees it as the client's IP). */
function getFrom(
  localAddress: string,
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, localAddress, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

test("S62 rotating X-Forwarded-For does not dodge the invalid-secret limit (no trusted proxy)", async ({
  baseURL,
}) => {
  const port = Number(new URL(baseURL ?? "").port);
  // The 75 guesses must fall in one of the limiter's one-minute windows (waiting ≤ 20 s).
  test.setTimeout(test.info().timeout + 25_000);
  await clearOfWindowEdge(60_000, 20_000);
  // Loopback addresses of its own, so this test's 429s never reach the other tests' requests.
  const net = `127.${randomInt(1, 250)}.${randomInt(1, 250)}`;
  const guesser = `${net}.10`;
  const bystander = `${net}.11`;
  const statuses: number[] = [];
  for (let i = 0; i < 75; i++) {
    statuses.push(
      await getFrom(guesser, port, "/api/v1/admin/account", {
        Authorization: `Bearer df_${"A".repeat(38)}`,
        "X-Forwarded-For": `203.0.113.${i}`,
        "X-Real-IP": `198.51.100.${i}`,
        Forwarded: `for=192.0.2.${i}`,
      }),
    );
  }
  const first429 = statuses.indexOf(429);
  expect(first429).toBeGreaterThanOrEqual(60);
  expect(first429).toBeLessThanOrEqual(61);
  expect(statuses.slice(0, first429).every((status) => status === 401)).toBe(true);
  expect(statuses.slice(first429).every((status) => status === 429)).toBe(true);
  // Another client is unaffected.
  expect(
    await getFrom(bystander, port, "/api/v1/admin/account", { Authorization: `Bearer df_${"A".repeat(38)}` }),
  ).toBe(401);
});
