import { readFile } from "node:fs/promises";
import { Secret, TOTP } from "otpauth";
import { accountMenu, expect, signOutViaMenu, signUpViaUi, test, type NewUser } from "./fixtures";
import type { Page } from "@playwright/test";

// The authenticator app is played by the test: codes are computed from the setup key the page
// shows, exactly as an app would compute them after scanning the QR code.

const STEP_MS = 30_000;

/** The code an app shows one step from now: later than any step used so far, and still accepted. */
function nextCode(secret: string): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + STEP_MS });
}

/** Six digits the app shows at no step near now: a wrong code. */
function wrongCode(secret: string): string {
  const near = [-1, 0, 1, 2].map((steps) =>
    TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + steps * STEP_MS }),
  );
  return ["000000", "111111", "222222", "333333", "444444"].find((code) => !near.includes(code)) ?? "";
}

/** Adds an authenticator app on the Security page; the secret and the recovery codes shown once. */
async function enrolTotp(page: Page) {
  await page.goto("/account/security");
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  await expect(section.getByText("Off", { exact: true })).toBeVisible();
  await section.getByRole("button", { name: "Set up authenticator app" }).click();
  await expect(section.getByRole("img", { name: /QR code/ })).toBeVisible();
  const secret = (await section.getByLabel("Setup key").inputValue()).replaceAll(" ", "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  const code = section.getByLabel(/Enter the 6-digit code/);
  await code.fill(wrongCode(secret));
  await section.getByRole("button", { name: "Turn on" }).click();
  await expect(section.getByText("That code is not valid.")).toBeVisible();
  await code.fill(TOTP.generate({ secret: Secret.fromBase32(secret) }));
  await section.getByRole("button", { name: "Turn on" }).click();

  await expect(section.getByRole("heading", { name: "Save your recovery codes" })).toBeFocused();
  const recoveryCodes = await section
    .getByRole("list", { name: "Recovery codes" })
    .getByRole("listitem")
    .allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  return { section, secret, recoveryCodes };
}

async function signInFirstStep(page: Page, user: NewUser) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("two-factor: enrol an authenticator app, sign out, sign in with password and code", async ({ page }) => {
  const user = await signUpViaUi(page);
  const { section, secret, recoveryCodes } = await enrolTotp(page);

  // Copy: the ten codes, one a line.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await section.getByRole("button", { name: "Copy codes" }).click();
  await expect(section.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(recoveryCodes.join("\n"));

  // Download .txt: the same ten codes.
  const downloading = page.waitForEvent("download");
  await section.getByRole("link", { name: "Download .txt" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("keyward-recovery-codes.txt");
  const file = await readFile(await download.path(), "utf8");
  for (const code of recoveryCodes) expect(file).toContain(code);

  await section.getByRole("button", { name: "I've saved them" }).click();
  await expect(section.getByText("On", { exact: true })).toBeVisible();
  await expect(section.getByRole("button", { name: "Turn off" })).toBeFocused();
  await expect(page.getByRole("region", { name: "Recovery codes" })).toContainText("10 of 10 codes unused.");
  await signOutViaMenu(page, user.name);

  // The password alone leads to the second step, and nothing is issued yet.
  await signInFirstStep(page, user);
  const codeField = page.getByLabel("Authentication code");
  await expect(codeField).toBeFocused();
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeField).toHaveAttribute("inputmode", "numeric");
  await page.goto("/sign-in");
  await expect(page.getByLabel("Password")).toBeVisible();

  await signInFirstStep(page, user);
  await codeField.fill(wrongCode(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code is not valid.")).toBeVisible();
  await codeField.fill(nextCode(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(accountMenu(page, user.name)).toBeVisible();
});

test("two-factor: a recovery code signs in once; its second use is refused", async ({ page }) => {
  const user = await signUpViaUi(page);
  const { section, recoveryCodes } = await enrolTotp(page);
  await section.getByRole("button", { name: "I've saved them" }).click();
  await signOutViaMenu(page, user.name);
  const [first = "", second = ""] = recoveryCodes;

  await signInFirstStep(page, user);
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(first);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(accountMenu(page, user.name)).toBeVisible();
  await signOutViaMenu(page, user.name);

  await signInFirstStep(page, user);
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(first);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code is not valid.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  // Another code still works, and the Security page counts what is left.
  await page.getByLabel("Recovery code").fill(second.toUpperCase());
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(accountMenu(page, user.name)).toBeVisible();
  await page.goto("/account/security");
  await expect(page.getByRole("region", { name: "Recovery codes" })).toContainText("8 of 10 codes unused.");
});

test("two-factor: regenerated recovery codes replace the old ones; turning the app off signs in with the password alone", async ({
  page,
}) => {
  const user = await signUpViaUi(page);
  const { section, recoveryCodes } = await enrolTotp(page);
  await section.getByRole("button", { name: "I've saved them" }).click();

  const recovery = page.getByRole("region", { name: "Recovery codes" });
  await recovery.getByRole("button", { name: "Regenerate codes" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Regenerate codes" }).click();
  await expect(recovery.getByRole("heading", { name: "Save your recovery codes" })).toBeFocused();
  const fresh = await recovery
    .getByRole("list", { name: "Recovery codes" })
    .getByRole("listitem")
    .allTextContents();
  expect(fresh).toHaveLength(10);
  expect(fresh.filter((code) => recoveryCodes.includes(code))).toEqual([]);
  await recovery.getByRole("button", { name: "I've saved them" }).click();
  await expect(recovery).toContainText("10 of 10 codes unused.");

  // An old code is refused at sign-in; a new one works.
  await signOutViaMenu(page, user.name);
  await signInFirstStep(page, user);
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0] ?? "");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code is not valid.")).toBeVisible();
  await page.getByLabel("Recovery code").fill(fresh[0] ?? "");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(accountMenu(page, user.name)).toBeVisible();

  await page.goto("/account/security");
  await section.getByRole("button", { name: "Turn off" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Turn off" }).click();
  await expect(section.getByText("Off", { exact: true })).toBeVisible();
  await expect(recovery).toContainText("Recovery codes come with two-factor authentication");
  await signOutViaMenu(page, user.name);
  await signInFirstStep(page, user);
  await expect(accountMenu(page, user.name)).toBeVisible();
});
