import type { Page } from "@playwright/test";
import { expect, signUpViaUi, test } from "./fixtures";
import { DFT, callApi, closeReveal, revealedSecret, uniqueName } from "./secret-helpers";

// Issue 20 points 1 and 3: requests made with a secret show in its usage chart after a flush
// (the e2e server flushes every 0.5 s), the hygiene strip filters the list, and bulk revoke.
// Fresh people, so counts and lists are this test's own.

async function createToken(page: Page, name: string, expiry: "never" | "30d"): Promise<string> {
  await page.goto("/account/api");
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Expiration").selectOption(expiry);
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await revealedSecret(page);
  expect(secret).toMatch(DFT);
  await closeReveal(page, secret);
  return secret;
}

test("requests made with a token show in its usage chart and table after a flush", async ({ page }) => {
  await signUpViaUi(page);
  const name = uniqueName("usage");
  const secret = await createToken(page, name, "30d");
  for (let i = 0; i < 3; i++)
    expect((await callApi(page.request, "/api/v1/token", secret)).status()).toBe(200);
  await page.waitForTimeout(1500);

  await page.getByRole("link", { name: `Usage of “${name}”` }).click();
  await expect(page.getByRole("heading", { name: "Token usage" })).toBeVisible();
  await expect(page.getByRole("img", { name: /3 2xx, 0 4xx, 0 5xx/ })).toBeVisible();
  await page.getByText("Show the figures as a table").click();
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByRole("row", { name: new RegExp(`^${today} 3 0 0$`) })).toBeVisible();
  await expect(page.getByRole("cell", { name: "getToken" })).toBeVisible();
});

test("the hygiene strip filters the list, and bulk revoke revokes what it shows after one confirmation", async ({
  page,
}) => {
  await signUpViaUi(page);
  const forever = uniqueName("forever");
  const monthly = uniqueName("monthly");
  await createToken(page, forever, "never");
  await createToken(page, monthly, "30d");

  const strip = page.getByTestId("hygiene-strip");
  await strip.getByRole("button", { name: "Never expire: 1" }).click();
  await expect(page.getByRole("row").filter({ hasText: forever })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: monthly })).toHaveCount(0);

  await page.getByRole("button", { name: "Revoke 1 shown" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByRole("list", { name: "To be revoked" })).toContainText(forever);
  await confirm.getByRole("button", { name: "Revoke 1 shown" }).click();
  await expect(page.getByText("1 revoked.")).toBeVisible();
  await strip.getByRole("button", { name: "Never expire: 0" }).click();
  await expect(page.getByRole("row").filter({ hasText: monthly })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: forever })).toHaveCount(0);
});
