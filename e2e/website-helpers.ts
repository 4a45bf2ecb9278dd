import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, signUpViaUi } from "./fixtures";
import { DF, revealedSecret } from "./secret-helpers";

// A fresh owner with a fresh website, and its Developer settings (website keys): shared by the
// website-key flows and the security specs.

const WEBSITE_URL = /\/websites\/[0-9a-f-]{36}$/;

/** Creates a website through the "New website" dialog as the signed-in user; lands on its overview. */
export async function createWebsiteViaUi(
  page: Page,
  label: string,
): Promise<{ websiteId: string; domain: string }> {
  const domain = `${label}-${randomBytes(5).toString("hex")}.example.org`;
  await page.getByRole("button", { name: "New website" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New website" });
  await dialog.getByLabel("Domain").fill(domain);
  await dialog.getByRole("button", { name: "Create website" }).click();
  await expect(page).toHaveURL(WEBSITE_URL);
  return { websiteId: new URL(page.url()).pathname.split("/").pop() ?? "", domain };
}

/** A fresh owner with a fresh website; returns the website's id, on its Developer settings. */
export async function ownerOnDeveloperPage(page: Page): Promise<{ websiteId: string; domain: string }> {
  await signUpViaUi(page);
  const { websiteId, domain } = await createWebsiteViaUi(page, "keys");
  await page.getByRole("navigation", { name: "Website" }).getByRole("link", { name: "Settings" }).click();
  await page
    .getByRole("navigation", { name: "Website settings" })
    .getByRole("link", { name: "Developer" })
    .click();
  await expect(page.getByRole("heading", { name: "API keys", exact: true })).toBeVisible();
  return { websiteId, domain };
}

export function keyRow(page: Page, name: string): Locator {
  return page.getByRole("row").filter({ hasText: name });
}

/** Creates a key through the dialog and returns the revealed secret (the reveal stays open). */
export async function createKey(page: Page, name: string): Promise<string> {
  await page.getByRole("button", { name: "Create key" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API key" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create key" }).click();
  const secret = await revealedSecret(page);
  expect(secret).toMatch(DF);
  return secret;
}
