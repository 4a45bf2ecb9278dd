import type { Browser } from "@playwright/test";
import { accountMenu, expect, loginAs, signOutViaMenu, signUpViaUi, test } from "./fixtures";

const SIGN_IN_URL = /\/sign-in(\?|$)/;
const FIREFOX_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

/** A second browser (another user agent) signed in as `user`, on the dashboard. */
async function secondBrowser(browser: Browser, user: { email: string; password: string; name: string }) {
  const context = await browser.newContext({ userAgent: FIREFOX_UA });
  const page = await context.newPage();
  await loginAs(page, user.email, user.password);
  await page.goto("/");
  await expect(accountMenu(page, user.name)).toBeVisible();
  return { page, close: () => context.close() };
}

test("S86 sign out, replay the copied session cookie: the sign-in page, and /api/auth/session reports none", async ({
  browser,
  page,
}) => {
  const user = await signUpViaUi(page);
  const copied = (await page.context().cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));
  expect(copied).toHaveLength(1);
  await signOutViaMenu(page, user.name);

  const attacker = await browser.newContext();
  try {
    await attacker.addCookies(copied);
    const replay = await attacker.newPage();
    await replay.goto("/account");
    await expect(replay).toHaveURL(SIGN_IN_URL);
    const session = await attacker.request.get("/api/auth/session");
    expect(await session.json()).toEqual({});
  } finally {
    await attacker.close();
  }
});

test("Sessions page: revoke another browser's session; that browser is signed out on its next click", async ({
  browser,
  page,
}) => {
  const user = await signUpViaUi(page);
  const other = await secondBrowser(browser, user);
  try {
    await page.goto("/account/sessions");
    const list = page.getByRole("list", { name: "Signed-in sessions" });
    await expect(list.getByRole("listitem")).toHaveCount(2);
    const here = list.getByRole("listitem").filter({ hasText: "This device" });
    await expect(here).toContainText(/Chrome/);
    await expect(here.getByRole("button", { name: "Revoke" })).toHaveCount(0);
    const there = list.getByRole("listitem").filter({ hasText: "Firefox 128 on Windows" });

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/sessions-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    await there.getByRole("button", { name: "Revoke" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText("Firefox 128 on Windows");
    await dialog.getByRole("button", { name: "Revoke" }).click();
    await expect(dialog).toBeHidden();
    await expect(list.getByRole("listitem")).toHaveCount(1);

    // The other browser still shows the dashboard; its next click lands on the sign-in page.
    await accountMenu(other.page, user.name).click();
    await other.page.getByRole("menuitem", { name: "Account settings" }).click();
    await expect(other.page).toHaveURL(SIGN_IN_URL);

    // This browser is unaffected, and the revocation is in its activity.
    await page.goto("/account/activity");
    await expect(page.getByRole("cell", { name: "Ended a session" })).toBeVisible();
  } finally {
    await other.close();
  }
});

test.describe("S87 next and callbackUrl keep to this site; never a 500", () => {
  const HOSTILE = [
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%0D/evil.example",
    "/%00/evil.example",
    "/%5Cevil.example",
    "%5C%5Cevil.example",
    "//evil.example",
    "/%E2%80%AE/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
  ];

  test("S87 signed in: /sign-in?next=… redirects to a path of this site", async ({ page }) => {
    await signUpViaUi(page);
    for (const next of HOSTILE) {
      const response = await page.request.get(`/sign-in?next=${next}`, { maxRedirects: 0 });
      expect(response.status(), next).toBe(307);
      expect(response.headers().location, next).toBe("/");
    }
    const kept = await page.request.get(`/sign-in?next=${encodeURIComponent("/account/sessions")}`, {
      maxRedirects: 0,
    });
    expect(kept.headers().location).toBe("/account/sessions");
  });

  test("S87 signed out: the sign-in and sign-up pages answer 200 and keep no hostile next", async ({
    request,
  }) => {
    for (const next of HOSTILE) {
      for (const page of ["/sign-in", "/sign-up"]) {
        const response = await request.get(`${page}?next=${next}`);
        expect(response.status(), `${page} ${next}`).toBe(200);
        // Next's router state echoes the query; the link to the other form shows `next` was dropped.
        const html = await response.text();
        expect(html).not.toMatch(/href="[^"]*evil/);
        expect(html).toMatch(/href="\/sign-(up|in)"/);
      }
    }
  });
});

test("edges: unknown /api/v1 paths answer the JSON 404 envelope; oversized or malformed Origin headers are refused", async ({
  request,
}) => {
  for (const method of ["GET", "POST", "DELETE"] as const) {
    const response = await request.fetch("/api/v1/no/such/endpoint", { method });
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(await response.json()).toMatchObject({ status: "error", error: { code: 404 } });
  }
  for (const origin of [
    `http://${"a".repeat(8000)}.example`,
    "http://a.example, http://b.example",
    "not an origin",
  ]) {
    const response = await request.get("/api/health", { headers: { origin } });
    expect(response.status(), origin.slice(0, 40)).toBe(400);
  }
  expect(
    (await request.get("/api/health", { headers: { origin: "https://keys.example.com" } })).status(),
  ).toBe(200);
});
