import { afterEach, describe, expect, it, vi } from "vitest";
import * as accountRoute from "@/app/api/v1/admin/account/route";
import * as tokenRoute from "@/app/api/v1/token/route";
import * as healthRoute from "@/app/api/health/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import { sessionActor } from "@/lib/actor";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { database, db } from "@/lib/db";
import { generateSecret } from "@/lib/secrets";
import { makeUser } from "@/test/factories";
import { call } from "@/test/http";

const request = { ip: "127.0.0.1", userAgent: "vitest" };

async function tokenFor(permissions: string[] = ["*"]) {
  const user = await makeUser();
  const { key } = await createAccountToken(sessionActor(user.id, request), {
    name: "cli",
    permissions: permissions as never,
    websiteIds: [],
    expiresAt: null,
  });
  return { user, key };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

// Rate limits count in one-minute windows: pin the clock mid-window so a slow run cannot cross
// a boundary and reset the count halfway through a test.
/** Every statement, direct or through Prisma, that reads the token or key tables from now on. */
function spyOnSecretLookups(): () => string[] {
  const direct = vi.spyOn(database(), "query");
  const prisma = vi.spyOn(database().prisma, "$queryRaw");
  const statements = () => [
    ...direct.mock.calls.map(([sql]) => sql),
    ...prisma.mock.calls.map(([sql]) => String(sql)),
  ];
  return () => statements().filter((sql) => /"(AccountToken|WebsiteKey)"/.test(sql));
}

function pinClockMidWindow() {
  const now = new Date();
  now.setUTCSeconds(20, 0);
  vi.useFakeTimers({ toFake: ["Date"], now });
}

describe("REST adapter", () => {
  it("answers in DataFast's envelope with the profile", async () => {
    const { user, key } = await tokenFor();
    const reply = await call(accountRoute.GET, { path: "/api/v1/admin/account", secret: key });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      status: "success",
      data: [{ _id: user.id, name: user.name, email: user.email, image: null }],
    });
    expect(reply.headers.get("cache-control")).toBe("no-store");
  });

  it("sets the security headers itself on every answer (proxy.ts skips /api/v1 and /api/health)", async () => {
    const { key } = await tokenFor();
    const replies = [
      await call(accountRoute.GET, { path: "/api/v1/admin/account", secret: key }),
      await call(accountRoute.GET, { path: "/api/v1/admin/account" }),
      await call(accountRoute.DELETE, { method: "DELETE", path: "/api/v1/admin/account", secret: key }),
      await accountRoute.OPTIONS(
        new Request("http://keyward.test/api/v1/admin/account", { method: "OPTIONS" }),
        {},
      ),
      await call(healthRoute.GET, { path: "/api/health" }),
      await call(async () => openApiRoute.GET(), { path: "/api/v1/openapi.json" }),
    ];
    expect(replies.map((reply) => reply.status)).toEqual([200, 401, 405, 204, 200, 200]);
    for (const reply of replies) {
      expect(reply.headers.get("content-security-policy")).toMatch(
        /^default-src 'none'.*frame-ancestors 'none'/,
      );
      expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
      expect(reply.headers.get("x-frame-options")).toBe("DENY");
      expect(reply.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(reply.headers.get("permissions-policy")).toContain("camera=()");
    }
    expect(replies.map((reply) => reply.headers.get("cache-control"))).toEqual([
      ...Array(5).fill("no-store"),
      "public, max-age=300",
    ]);
  });

  it("S2 refuses a request without Authorization: 401, WWW-Authenticate: Bearer, error envelope", async () => {
    const reply = await call(accountRoute.GET, {
      path: "/api/v1/admin/account",
      headers: { "x-forwarded-for": "203.0.113.2" },
    });
    expect(reply.status).toBe(401);
    expect(reply.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(reply.json).toEqual({ status: "error", error: { code: 401, message: expect.any(String) } });
  });

  it.each([
    [
      "Basic scheme",
      (key: string) => ({ authorization: `Basic ${Buffer.from(`x:${key}`).toString("base64")}` }),
    ],
    ["Token scheme", (key: string) => ({ authorization: `Token ${key}` })],
    ["empty Bearer", () => ({ authorization: "Bearer " })],
    ["bare Bearer", () => ({ authorization: "Bearer" })],
    ["two credentials folded", (key: string) => ({ authorization: `Bearer ${key}, Bearer ${key}` })],
    ["lower-case scheme with double space", (key: string) => ({ authorization: `bearer  ${key}` })],
  ])("S3 refuses %s with 401, never 500", async (_label, headers) => {
    const { key } = await tokenFor();
    const reply = await call(accountRoute.GET, {
      path: "/api/v1/admin/account",
      headers: { ...headers(key), "x-forwarded-for": "203.0.113.3" },
    });
    expect(reply.status).toBe(401);
    expect(reply.json.status).toBe("error");
  });

  it.each(["api_key", "token", "access_token", "key"])("S4 ignores a secret in ?%s= (401)", async (param) => {
    const { key } = await tokenFor();
    const reply = await call(accountRoute.GET, {
      path: `/api/v1/admin/account?${param}=${key}`,
      headers: { "x-forwarded-for": "203.0.113.4" },
    });
    expect(reply.status).toBe(401);
  });

  it.each([
    ["wrong length", "dft_abc"],
    ["non-base62", `dft_${"!".repeat(38)}`],
    ["NUL", `dft_${"a".repeat(20)}\u0000${"a".repeat(17)}`],
    ["10 KB", `df_${"a".repeat(10_240)}`],
    ["homoglyph prefix", `df\uff3f${"a".repeat(38)}`],
  ])("S5 refuses a malformed secret (%s) with 401 and no database query", async (_label, secret) => {
    const lookups = spyOnSecretLookups();
    const reply = await call(accountRoute.GET, {
      path: "/api/v1/admin/account",
      headers: { authorization: `Bearer ${secret}`, "x-forwarded-for": "203.0.113.5" },
    }).catch(
      // Headers refuse NUL and non-Latin-1 bytes outright; that is a refusal too.
      () => ({ status: 401 }),
    );
    expect(reply.status).toBe(401);
    expect(lookups()).toEqual([]);
  });

  it("S6 a well-formed secret with a valid checksum that was never issued is 401 after one lookup", async () => {
    const forged = generateSecret("account-token").raw;
    const lookups = spyOnSecretLookups();
    const reply = await call(accountRoute.GET, {
      path: "/api/v1/admin/account",
      secret: forged,
      headers: { "x-forwarded-for": "203.0.113.6" },
    });
    expect(reply.status).toBe(401);
    expect(lookups()).toHaveLength(1);
  });

  it("S7 the same body under the other prefix, or with one letter's case flipped, is 401", async () => {
    const { key } = await tokenFor();
    const swapped = `df_${key.slice(4)}`;
    const i = [...key.slice(4)].findIndex((c) => /[a-z]/i.test(c)) + 4;
    const flipped =
      key.slice(0, i) +
      (key[i] === key[i]!.toUpperCase() ? key[i]!.toLowerCase() : key[i]!.toUpperCase()) +
      key.slice(i + 1);
    for (const secret of [swapped, flipped]) {
      const reply = await call(accountRoute.GET, {
        path: "/api/v1/admin/account",
        secret,
        headers: { "x-forwarded-for": "203.0.113.7" },
      });
      expect(reply.status).toBe(401);
    }
  });

  it("S30 answers unlisted methods with 405 and Allow, running nothing", async () => {
    const { key } = await tokenFor();
    for (const method of ["DELETE", "POST", "PATCH"] as const) {
      const reply = await call(accountRoute[method], { method, path: "/api/v1/admin/account", secret: key });
      expect(reply.status).toBe(405);
      expect(reply.headers.get("allow")).toBe("GET, PUT, OPTIONS");
    }
    const introspect = await call(tokenRoute.PUT, {
      method: "PUT",
      path: "/api/v1/token",
      secret: key,
      body: {},
    });
    expect(introspect.status).toBe(405);
  });

  it("S31 refuses extra body fields and stores nothing from them", async () => {
    const { user, key } = await tokenFor();
    const reply = await call(accountRoute.PUT, {
      method: "PUT",
      path: "/api/v1/admin/account",
      secret: key,
      body: { name: "New name", email: "evil@example.test", role: "owner" },
    });
    expect(reply.status).toBe(400);
    expect(reply.json.error?.message).toMatch(/Unknown fields?: email, role/);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ name: user.name, email: user.email });
  });

  it("S57 a __proto__ body key has no effect (400, nothing changed)", async () => {
    const { user, key } = await tokenFor();
    const reply = await call(accountRoute.PUT, {
      method: "PUT",
      path: "/api/v1/admin/account",
      secret: key,
      rawBody: '{"name":"Still me","__proto__":{"role":"owner"},"constructor":{"prototype":{"admin":true}}}',
      headers: { "content-type": "application/json" },
    });
    expect(reply.status).toBe(400);
    expect(({} as Record<string, unknown>).role).toBeUndefined();
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
  });

  it("S60 refuses a JSON body over 64 KB with 413 before processing it", async () => {
    const { user, key } = await tokenFor();
    const reply = await call(accountRoute.PUT, {
      method: "PUT",
      path: "/api/v1/admin/account",
      secret: key,
      body: { name: "x".repeat(70_000) },
    });
    expect(reply.status).toBe(413);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
  });

  it("S56 refuses a repeated query parameter with 400", async () => {
    const { key } = await tokenFor();
    const reply = await call(tokenRoute.GET, { path: "/api/v1/token?websiteId=a&websiteId=b", secret: key });
    expect(reply.status).toBe(400);
  });

  it("answers malformed JSON with 400", async () => {
    const { key } = await tokenFor();
    const reply = await call(accountRoute.PUT, {
      method: "PUT",
      path: "/api/v1/admin/account",
      secret: key,
      rawBody: "{nope",
      headers: { "content-type": "application/json" },
    });
    expect(reply.status).toBe(400);
  });

  it("introspects the calling secret without revealing it", async () => {
    const { key } = await tokenFor(["analytics:read", "api-keys:read"]);
    const reply = await call(tokenRoute.GET, { path: "/api/v1/token", secret: key });
    expect(reply.status).toBe(200);
    expect(reply.json.data?.[0]).toMatchObject({
      kind: "account-token",
      permissions: ["analytics:read", "api-keys:read"],
      websiteIds: [],
    });
    expect(JSON.stringify(reply.json)).not.toContain(key);
  });

  it("S61 many invalid secrets from one address end in 429 with Retry-After; another address is unaffected", async () => {
    pinClockMidWindow();
    let last = 0;
    let retryAfter: string | null = null;
    for (let i = 0; i < 200 && last !== 429; i++) {
      const reply = await call(accountRoute.GET, {
        path: "/api/v1/admin/account",
        secret: generateSecret("website-key").raw,
        headers: { "x-forwarded-for": "198.51.100.61" },
      });
      last = reply.status;
      retryAfter = reply.headers.get("retry-after");
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const { key } = await tokenFor();
    const other = await call(accountRoute.GET, {
      path: "/api/v1/admin/account",
      secret: key,
      headers: { "x-forwarded-for": "198.51.100.62" },
    });
    expect(other.status).toBe(200);
  });

  it("S63 a valid key over its per-minute quota gets 429 for that key only, with RateLimit headers", async () => {
    pinClockMidWindow();
    const busy = await tokenFor();
    const calm = await tokenFor();
    let reply = await call(tokenRoute.GET, { path: "/api/v1/token", secret: busy.key });
    expect(reply.headers.get("ratelimit-limit")).toBe("600");
    for (let i = 0; i < 620 && reply.status === 200; i++)
      reply = await call(tokenRoute.GET, { path: "/api/v1/token", secret: busy.key });
    expect(reply.status).toBe(429);
    expect(reply.headers.get("retry-after")).not.toBeNull();
    expect(reply.headers.get("ratelimit-remaining")).toBe("0");
    expect((await call(tokenRoute.GET, { path: "/api/v1/token", secret: calm.key })).status).toBe(200);
  });
});
