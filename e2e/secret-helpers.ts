import { mkdirSync } from "node:fs";
import type { APIRequestContext, BrowserContext, Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

// Shared by the account-token and website-key specs: the one-time reveal, the clipboard, and
// calling the REST API with a secret (from a cookie-less request context, so only the secret counts).

export const SHOTS = "/tmp/kw/shots";

export const DFT = /^dft_[0-9A-Za-z]{38}$/;
export const DF = /^df_[0-9A-Za-z]{38}$/;

/** The display form the lists show: prefix + 4 body characters + "…" + the last 4 characters. */
export function displayKeyOf(secret: string): string {
  const prefix = secret.startsWith("dft_") ? "dft_" : "df_";
  return `${secret.slice(0, prefix.length + 4)}…${secret.slice(-4)}`;
}

export function uniqueName(label: string): string {
  return `${label} ${Math.random().toString(36).slice(2, 8)}`;
}

export function revealDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: /^Copy (your new|the new secret)/ });
}

/** Reads the secret from the open reveal dialog. */
export async function revealedSecret(page: Page): Promise<string> {
  const dialog = revealDialog(page);
  await expect(dialog).toBeVisible();
  return dialog.getByLabel("Secret").inputValue();
}

/** Copies through the UI and returns what landed on the clipboard. */
export async function copyFromReveal(
  page: Page,
  context: BrowserContext,
  baseURL: string | undefined,
): Promise<string> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const dialog = revealDialog(page);
  await dialog.getByRole("button", { name: "Copy secret" }).click();
  await expect(dialog.getByRole("button", { name: "Copied", exact: true })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Closes the reveal the only way it closes, and checks the secret left the page with it. */
export async function closeReveal(page: Page, secret: string): Promise<void> {
  const dialog = revealDialog(page);
  // Escape and a click outside don't dismiss it.
  await page.keyboard.press("Escape");
  await page.mouse.click(5, 5);
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "I've copied it" }).click();
  await expect(dialog).toBeHidden();
  expect(await page.content()).not.toContain(secret);
}

/**
 * A refused secret: 401, or 429 once the suite has sent this address many invalid secrets in a
 * minute (the limiter answers before the lookup). Never a success.
 */
export function expectRefused(status: number): void {
  expect([401, 429]).toContain(status);
}

export async function callApi(request: APIRequestContext, path: string, secret: string) {
  return request.get(path, { headers: { Authorization: `Bearer ${secret}` } });
}

export async function postApi(request: APIRequestContext, path: string, secret: string, data: unknown) {
  return request.post(path, { headers: { Authorization: `Bearer ${secret}` }, data });
}

export async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage, animations: "disabled" });
}
