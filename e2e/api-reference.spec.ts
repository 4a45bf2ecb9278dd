import { mkdirSync } from "node:fs";
import { expect, loginAsDemo, test } from "./fixtures";

// The API reference page: reached from Account settings → API, lists every operation grouped
// by tag with who may call it, and links to the OpenAPI document it is generated with.

const SHOTS = "/tmp/kw/shots";

test("the API reference lists the operations and links to an OpenAPI 3.1 document", async ({
  page,
  playwright,
  baseURL,
}) => {
  await loginAsDemo(page, "member");
  await page.goto("/account/api");
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/api-reference$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

  const tokens = page.getByRole("region", { name: "Account tokens" });
  const create = tokens.getByRole("article", { name: "POST /api/v1/admin/access-tokens", exact: true });
  await expect(create).toContainText("api-keys:write");
  await expect(create).toContainText("dft_…");
  await expect(create).not.toContainText("df_…");
  await expect(create).toContainText("permissions");
  await expect(
    page.getByRole("article", { name: "PATCH /api/v1/admin/websites/{websiteId}/team/{userId}" }),
  ).toContainText("owner only");
  expect(await page.getByRole("article").count()).toBeGreaterThan(30);

  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/api-reference-desktop.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/api-reference-mobile.png` });

  const href = await page.getByRole("link", { name: /OpenAPI 3\.1 document/ }).getAttribute("href");
  // Public: fetched without the session cookie.
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("public");
  const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/admin/access-tokens");
  await anonymous.dispose();
});

test("Website settings → Developer shows a df_ curl example and links to the reference", async ({ page }) => {
  await loginAsDemo(page, "viewer");
  await page.goto("/");
  await page
    .getByRole("link", { name: /shop\.example\.com/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/websites\/[0-9a-f-]{36}$/);
  await page.goto(`${new URL(page.url()).pathname}/settings/developer`);
  const usage = page.getByRole("region", { name: "Use the API" });
  await expect(usage).toContainText('/api/v1/analytics/overview" -H "Authorization: Bearer df_…"');
  await expect(usage.getByRole("link", { name: "API reference" })).toHaveAttribute("href", "/api-reference");
});
