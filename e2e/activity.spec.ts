import type { Page } from "@playwright/test";
import { demoUsers, expect, loginAsDemo, signUpViaUi, test } from "./fixtures";
import { DF, DFT, closeReveal, displayKeyOf, revealedSecret, shoot, uniqueName } from "./secret-helpers";
import { createWebsiteViaUi } from "./website-helpers";

// Website settings → Activity and Account settings → Activity (issue 8): the audit log, read-only.

const WEBSITE_URL = /\/websites\/[0-9a-f-]{36}$/;

function settingsNav(page: Page) {
  return page.getByRole("navigation", { name: "Website settings" });
}

/** A fresh owner with a fresh website, on its Developer settings; returns the website's id. */
async function ownerWithWebsite(page: Page): Promise<string> {
  await signUpViaUi(page);
  return (await createWebsiteViaUi(page, "activity")).websiteId;
}

function activityRows(page: Page) {
  return page.getByRole("table").getByRole("row");
}

test("an owner sees key events on Website → Activity, filters by action and pages through", async ({
  page,
  request,
}) => {
  const websiteId = await ownerWithWebsite(page);
  await page.goto(`/websites/${websiteId}/settings/developer`);
  const name = uniqueName("Audited key");
  await page.getByRole("button", { name: "Create key" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API key" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create key" }).click();
  const first = await revealedSecret(page);
  expect(first).toMatch(DF);
  await closeReveal(page, first);
  await page
    .getByRole("row")
    .filter({ hasText: name })
    .getByRole("button", { name: `Roll ${name}` })
    .click();
  await page
    .getByRole("alertdialog", { name: `Roll “${name}”?` })
    .getByRole("button", { name: "Roll secret" })
    .click();
  const second = await revealedSecret(page);
  await closeReveal(page, second);

  await settingsNav(page).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity", exact: true })).toBeVisible();
  const rows = activityRows(page);
  await expect(rows.nth(1)).toContainText("Rolled an API key");
  await expect(rows.nth(1)).toContainText(`${name} (${displayKeyOf(second)})`);
  await expect(rows.nth(2)).toContainText(`${name} (${displayKeyOf(first)})`);
  await expect(rows.nth(2)).toContainText("Created an API key");
  await expect(rows.nth(3)).toContainText("Created the website");
  // Exact time on hover, in UTC.
  await expect(rows.nth(1).locator("time")).toHaveAttribute("title", /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
  await shoot(page, "activity-website-desktop");

  await page.getByLabel("Action").selectOption({ label: "Rolled an API key" });
  await expect(page).toHaveURL(/[?&]action=website-key\.roll/);
  await expect(rows).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel("Action")).toHaveValue("website-key.roll");
  await expect(rows).toHaveCount(2);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/action=/);

  // 26 more events through the API with the new key: more than one page (25).
  const path = `/api/v1/admin/websites/${websiteId}/apikeys`;
  const auth = { Authorization: `Bearer ${second}` };
  for (let i = 0; i < 13; i++) {
    const made = await request.post(path, { headers: auth, data: { name: `Batch ${i}` } });
    expect(made.status()).toBe(200);
    const id = ((await made.json()) as { data: { _id: string }[] }).data[0]?._id;
    expect((await request.delete(`${path}/${id}`, { headers: auth })).status()).toBe(200);
  }
  await page.reload();
  await expect(rows).toHaveCount(26);
  await expect(rows.nth(1)).toContainText("Revoked an API key");
  await expect(rows.nth(1)).toContainText(`via ${displayKeyOf(second)}`);
  const pages = page.getByRole("navigation", { name: "Activity pages" });
  await expect(pages.getByRole("button", { name: "Newer" })).toBeDisabled();
  await pages.getByRole("link", { name: "Older" }).click();
  await expect(page).toHaveURL(/[?&]before=/);
  await expect(rows).toHaveCount(5);
  await expect(rows.last()).toContainText("Created the website");
  await expect(pages.getByRole("button", { name: "Older" })).toBeDisabled();
  await pages.getByRole("link", { name: "Newer" }).click();
  await expect(page).toHaveURL(/[?&]after=/);
  await expect(rows).toHaveCount(26);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("list", { name: "Activity", exact: true })).toBeVisible();
  await shoot(page, "activity-website-mobile");
});

test("a viewer reads Website → Activity without any control to change it; outsiders get not-found", async ({
  page,
}) => {
  await loginAsDemo(page, "viewer");
  await page.goto("/");
  await page
    .getByRole("link", { name: /shop\.example\.com/ })
    .first()
    .click();
  await expect(page).toHaveURL(WEBSITE_URL);
  const websiteId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.goto(`/websites/${websiteId}/settings`);
  await settingsNav(page).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity", exact: true })).toBeVisible();
  await expect(activityRows(page).filter({ hasText: "Created the website" })).toContainText(
    demoUsers.owner.name,
  );
  // Read-only: the only controls are the filters.
  await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("combobox")).toHaveCount(2);

  await page.context().clearCookies();
  await loginAsDemo(page, "loner");
  const response = await page.goto(`/websites/${websiteId}/settings/activity`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(demoUsers.owner.email)).toHaveCount(0);
});

test("Account → Activity shows the person's own token events", async ({ page }) => {
  await signUpViaUi(page);
  await page.goto("/account/api");
  const name = uniqueName("CLI");
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await revealedSecret(page);
  expect(secret).toMatch(DFT);
  await closeReveal(page, secret);

  await page
    .getByRole("navigation", { name: "Account settings" })
    .getByRole("link", { name: "Activity" })
    .click();
  await expect(page).toHaveURL(/\/account\/activity$/);
  const row = activityRows(page).filter({ hasText: "Created an account token" });
  await expect(row).toContainText(`${name} (${displayKeyOf(secret)})`);
  await expect(page.locator("body")).not.toContainText(secret);
  await shoot(page, "activity-account-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(
    page.getByRole("list", { name: "Activity", exact: true }).getByRole("listitem").first(),
  ).toContainText("Created an account token");
  await shoot(page, "activity-account-mobile");
});
