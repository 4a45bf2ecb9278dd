import type { Locator, Page } from "@playwright/test";
import { expect, signUpViaUi, test } from "./fixtures";
import { DF, DFT, closeReveal, revealedSecret, shoot, uniqueName } from "./secret-helpers";
import { createKey, keyRow, ownerOnDeveloperPage } from "./website-helpers";

// Issue 17: when the server answers 500 or the request never gets through, every act says so
// with Retry, Cancel still works, nothing stays busy, and once the network is back Retry does it.
// Server actions are POSTs to the page's own URL with a `next-action` header: only those fail.

const UNREACHABLE = "Keyward could not be reached. Check your connection and try again.";
const NOT_LOADED = "This form could not load. Check your connection and try again.";
const DIALOG_NOT_LOADED = "This dialog could not load. Check your connection and try again.";
/** The bound: after this, no button or spinner may still be busy. */
const SETTLED_MS = 10_000;

type Failure = "500" | "abort";

/** Makes every server action fail the given way; returns how to restore the network. */
async function breakActions(page: Page, failure: Failure): Promise<() => Promise<void>> {
  const matches = (url: URL) => url.origin === new URL(page.url()).origin;
  const handler = async (route: Parameters<Parameters<Page["route"]>[1]>[0]) => {
    const request = route.request();
    if (request.method() !== "POST" || !(await request.headerValue("next-action"))) return route.fallback();
    if (failure === "abort") return route.abort("failed");
    return route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" });
  };
  await page.route(matches, handler);
  return () => page.unroute(matches, handler);
}

/** The failure is on show with Retry, and nothing on the page is busy any more. */
async function expectFailed(page: Page, scope: Locator, text = UNREACHABLE): Promise<Locator> {
  const alert = scope.getByRole("alert").filter({ hasText: text });
  await expect(alert).toBeVisible();
  const retry = alert.getByRole("button", { name: "Retry" });
  await expect(retry).toBeEnabled();
  await expect(page.locator("[aria-busy=true], .animate-spin")).toHaveCount(0, { timeout: SETTLED_MS });
  return retry;
}

for (const failure of ["500", "abort"] as const) {
  test.describe(`with server actions failing (${failure})`, () => {
    test("creating a website key: error with Retry, Cancel, then Retry creates it", async ({ page }) => {
      await ownerOnDeveloperPage(page);
      const restore = await breakActions(page, failure);
      const name = uniqueName("Flaky create");
      const open = async () => {
        await page.getByRole("button", { name: "Create key" }).first().click();
        const dialog = page.getByRole("dialog", { name: "Create an API key" });
        await dialog.getByLabel("Name").fill(name);
        await dialog.getByRole("button", { name: "Create key" }).click();
        return dialog;
      };

      let dialog = await open();
      await expectFailed(page, dialog);
      await shoot(page, `failure-create-key-${failure}`, false);
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(dialog).toBeHidden();

      dialog = await open();
      const retry = await expectFailed(page, dialog);
      await restore();
      await retry.click();
      expect(await revealedSecret(page)).toMatch(DF);
      await expect(page.getByRole("status").filter({ hasText: `API key “${name}” created.` })).toBeVisible();
    });

    test("creating an account token: error with Retry, Cancel, then Retry creates it", async ({ page }) => {
      await signUpViaUi(page);
      await page.goto("/account/api");
      const name = uniqueName("Flaky token");
      const dialog = page.getByRole("dialog", { name: "Create an API token" });
      // The form loads with the person's websites and roles (a server action) when the dialog opens.
      await page.getByRole("button", { name: "Create token" }).first().click();
      await dialog.getByLabel("Name").fill(name);
      let restore = await breakActions(page, failure);
      await dialog.getByRole("button", { name: "Create token" }).click();
      await expectFailed(page, dialog);
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(dialog).toBeHidden();

      // Opened again while the server still fails: the form cannot load either, and says so.
      await page.getByRole("button", { name: "Create token" }).first().click();
      const reload = await expectFailed(page, dialog, NOT_LOADED);
      await restore();
      await reload.click();
      await dialog.getByLabel("Name").fill(name);
      restore = await breakActions(page, failure);
      await dialog.getByRole("button", { name: "Create token" }).click();
      const retry = await expectFailed(page, dialog);
      await restore();
      await retry.click();
      expect(await revealedSecret(page)).toMatch(DFT);
    });

    test("rolling a key: error with Retry, Cancel, then Retry rolls it", async ({ page }) => {
      await ownerOnDeveloperPage(page);
      const name = uniqueName("Flaky roll");
      const first = await createKey(page, name);
      await closeReveal(page, first);
      const restore = await breakActions(page, failure);
      const open = async () => {
        await keyRow(page, name)
          .getByRole("button", { name: `Roll ${name}` })
          .click();
        const dialog = page.getByRole("alertdialog", { name: `Roll “${name}”?` });
        await dialog.getByRole("button", { name: "Roll secret" }).click();
        return dialog;
      };

      let dialog = await open();
      await expectFailed(page, dialog);
      await shoot(page, `failure-roll-${failure}`, false);
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(dialog).toBeHidden();

      dialog = await open();
      const retry = await expectFailed(page, dialog);
      await restore();
      await retry.click();
      const second = await revealedSecret(page);
      expect(second).toMatch(DF);
      expect(second).not.toBe(first);
    });

    test("revoking a key: says in red it was not revoked, keeps the row, then Retry revokes it", async ({
      page,
    }) => {
      await ownerOnDeveloperPage(page);
      const name = uniqueName("Flaky revoke");
      await closeReveal(page, await createKey(page, name));
      const restore = await breakActions(page, failure);
      const open = async () => {
        await keyRow(page, name)
          .getByRole("button", { name: `Revoke ${name}` })
          .click();
        const dialog = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
        await dialog.getByRole("button", { name: "Revoke API key" }).click();
        return dialog;
      };

      let dialog = await open();
      const notRevoked = `“${name}” was not revoked. ${UNREACHABLE}`;
      await expectFailed(page, dialog, notRevoked);
      await expect(dialog.getByText(notRevoked)).toHaveClass(/\btext-destructive\b/);
      await shoot(page, `failure-revoke-${failure}`, false);
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(dialog).toBeHidden();
      await expect(keyRow(page, name)).toHaveCount(1);

      dialog = await open();
      const retry = await expectFailed(page, dialog, notRevoked);
      await restore();
      await retry.click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole("status").filter({ hasText: `API key “${name}” revoked.` })).toBeVisible();
      await expect(keyRow(page, name)).toHaveCount(0);
    });

    test("saving website settings: error with Retry, Discard, then Retry saves", async ({ page }) => {
      await ownerOnDeveloperPage(page);
      await page
        .getByRole("navigation", { name: "Website settings" })
        .getByRole("link", { name: "General" })
        .click();
      const main = page.getByRole("main");
      const restore = await breakActions(page, failure);
      const renamed = uniqueName("Renamed");

      await main.getByLabel("Name").fill(renamed);
      await main.getByRole("button", { name: "Save changes" }).click();
      await expectFailed(page, main);
      // Nothing was saved: Discard is there and works.
      await main.getByRole("button", { name: "Discard" }).click();
      await expect(main.getByLabel("Name")).not.toHaveValue(renamed);

      await main.getByLabel("Name").fill(renamed);
      await main.getByRole("button", { name: "Save changes" }).click();
      const retry = await expectFailed(page, main);
      await shoot(page, `failure-save-${failure}`, false);
      await restore();
      await retry.click();
      await expect(main.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
      await expect(main.getByRole("alert").filter({ hasText: UNREACHABLE })).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
    });
  });
}

test("a dialog whose code cannot load says so and stays closed; once the network is back it opens", async ({
  page,
}) => {
  await signUpViaUi(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  // From here on no more code reaches the page: the dialog's machinery, fetched when wanted, fails.
  const blockCode = (route: Parameters<Parameters<Page["route"]>[1]>[0]) => route.abort("failed");
  await page.route("**/_next/static/chunks/**", blockCode);
  const open = page.getByRole("button", { name: "New website" }).first();
  const dialog = page.getByRole("dialog", { name: "New website" });
  await open.click();
  await expect(page.getByRole("status").filter({ hasText: DIALOG_NOT_LOADED })).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(open).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator("[aria-busy=true], .animate-spin")).toHaveCount(0, { timeout: SETTLED_MS });

  // Opening again tries again; once the network is back the dialog and its form come.
  await page.unroute("**/_next/static/chunks/**", blockCode);
  await open.click();
  await expect(dialog.getByLabel("Domain")).toBeFocused();
  await dialog.getByLabel("Domain").fill(`site-${Date.now().toString(36)}.example.org`);
  await dialog.getByRole("button", { name: "Create website" }).click();
  await expect(page).toHaveURL(/\/websites\/[0-9a-f-]{36}$/);
});

test("a form on the page whose checks cannot load says so, saves nothing, and saves on the next try", async ({
  page,
}) => {
  const user = await signUpViaUi(page);
  await page.goto("/account");
  await page.waitForLoadState("networkidle");
  // Its schema loads on the first submit: with no more code reaching the page, that fails.
  const blockCode = (route: Parameters<Parameters<Page["route"]>[1]>[0]) => route.abort("failed");
  await page.route("**/_next/static/chunks/**", blockCode);
  const name = page.getByRole("textbox", { name: "Name" });
  await name.fill("Renamed while offline");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("alert").filter({ hasText: NOT_LOADED })).toBeVisible();
  await page.unroute("**/_next/static/chunks/**", blockCode);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue(user.name);

  await page.waitForLoadState("networkidle");
  await page.route("**/_next/static/chunks/**", blockCode);
  await page.getByRole("textbox", { name: "Name" }).fill("Renamed once back");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("alert").filter({ hasText: NOT_LOADED })).toBeVisible();
  await page.unroute("**/_next/static/chunks/**", blockCode);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue("Renamed once back");
});
