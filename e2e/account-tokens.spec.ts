import type { Locator, Page } from "@playwright/test";
import { demoUsers, expect, loginAsDemo, signUpViaUi, test } from "./fixtures";
import {
  DFT,
  callApi,
  closeReveal,
  copyFromReveal,
  displayKeyOf,
  expectRefused,
  postApi,
  revealDialog,
  revealedSecret,
  shoot,
  uniqueName,
} from "./secret-helpers";

// Account settings → API (issue 4). Demo users only create tokens with unique names and never
// rely on a count, so the tests run in parallel; flows that need an empty list use fresh users.

function createDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "Create an API token" });
}

function tokenRow(page: Page, name: string): Locator {
  return page.getByRole("row").filter({ hasText: name });
}

async function openCreate(page: Page): Promise<Locator> {
  await page.goto("/account/api");
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = createDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * Creates a token with full access to all websites that never expires (chosen: the dialog starts
 * on Read-only and 30 days since issue 14); returns its secret.
 */
async function createDefaultToken(page: Page, name: string): Promise<string> {
  const dialog = await openCreate(page);
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("radio", { name: /^Full access/ }).click();
  await dialog.getByLabel("Expiration").selectOption("never");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await revealedSecret(page);
  expect(secret).toMatch(DFT);
  await closeReveal(page, secret);
  await expect(tokenRow(page, name)).toContainText(displayKeyOf(secret));
  return secret;
}

/** Presses Tab until `target` has focus (keyboard-only flows), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("a Custom token for selected websites: picker rules, preview, copy, use, and no secret left in the page", async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await loginAsDemo(page, "member");
  const dialog = await openCreate(page);
  const name = uniqueName("Funnel export");
  await dialog.getByLabel("Name").fill(name);

  // Custom starts from the preset chosen before it.
  await dialog.getByRole("radio", { name: /^Read-only/ }).click();
  await dialog.getByRole("radio", { name: /^Custom/ }).click();
  const readFunnels = dialog.getByRole("checkbox", { name: "Read funnels" });
  const writeFunnels = dialog.getByRole("checkbox", { name: "Write funnels" });
  await expect(readFunnels).toBeChecked();
  await expect(writeFunnels).not.toBeChecked();
  // Write implies read: checking write checks read; unchecking read unchecks write.
  await readFunnels.click();
  await writeFunnels.click();
  await expect(readFunnels).toBeChecked();
  await readFunnels.click();
  await expect(writeFunnels).not.toBeChecked();
  await writeFunnels.click();
  await expect(readFunnels).toBeChecked();

  await dialog.getByRole("radio", { name: /^Only selected websites/ }).click();
  const shop = dialog.getByRole("option", { name: /shop\.example\.com/ });
  await shop.click();
  await expect(shop).toHaveAttribute("aria-selected", "true");

  // The preview: only the selected website, with the person's role and what the token can do.
  const preview = dialog.getByRole("region", { name: "What this token can do today" });
  await expect(preview.getByRole("row")).toHaveCount(2);
  await expect(preview.getByRole("row").nth(1)).toContainText("shop.example.com");
  await expect(preview.getByRole("row").nth(1)).toContainText("Member");
  await expect(preview.getByRole("row").nth(1)).toContainText("10 permissions");

  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await revealedSecret(page);
  expect(secret).toMatch(DFT);
  await expect(revealDialog(page)).toContainText("You won't see this secret again");
  await expect(revealDialog(page)).toContainText(`/api/v1/token -H "Authorization: Bearer ${secret}"`);
  expect(await copyFromReveal(page, context, baseURL)).toBe(secret);

  // It works: the account endpoint answers with the person's profile.
  const response = await callApi(request, "/api/v1/admin/account", secret);
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { data: { email: string }[] }).data[0]?.email).toBe(
    demoUsers.member.email,
  );

  await closeReveal(page, secret);
  const row = tokenRow(page, name);
  await expect(row).toContainText(displayKeyOf(secret));
  await expect(row).toContainText("10 permissions");
  await expect(row).toContainText("shop.example.com");
  await row.getByRole("button", { name: /^10 permissions/ }).click();
  await expect(page.getByRole("dialog").getByText("funnels:write")).toBeVisible();
  await page.keyboard.press("Escape");

  // Nor in a later request's HTML; the list now shows when and from where it was used.
  await expect(async () => {
    await page.reload();
    await expect(tokenRow(page, name)).toContainText("127.0.0.1", { timeout: 1000 });
  }).toPass();
  expect(await page.content()).not.toContain(secret);
});

test("a viewer sees what full access does on their websites, and the role error names website and permission", async ({
  page,
}) => {
  await loginAsDemo(page, "viewer");
  const dialog = await openCreate(page);
  const name = uniqueName("Too strong");
  await dialog.getByLabel("Name").fill(name);

  // All websites + Full access: allowed, and the preview says what does nothing where.
  await dialog.getByRole("radio", { name: /^Full access/ }).click();
  const preview = dialog.getByRole("region", { name: "What this token can do today" });
  const shopRow = preview.getByRole("row").filter({ hasText: "shop.example.com" });
  await expect(shopRow).toContainText("Viewer");
  await expect(shopRow).toContainText("Read-only");
  await expect(shopRow).toContainText("funnels:write");
  await expect(shopRow).toContainText("do nothing here: you are a viewer.");

  // Custom: write permissions are disabled, with the reason.
  await dialog.getByRole("radio", { name: /^Custom/ }).click();
  await expect(dialog.getByRole("checkbox", { name: "Write funnels" })).toBeDisabled();
  await expect(
    dialog.getByText("None of your roles can exercise funnels:write on any of your websites."),
  ).toBeVisible();

  // Full access on an allow-listed website where they are a viewer: refused by the server, on the
  // permissions field, naming the website and the permission; nothing is created.
  await dialog.getByRole("radio", { name: /^Full access/ }).click();
  await dialog.getByRole("radio", { name: /^Only selected websites/ }).click();
  await dialog.getByRole("option", { name: /shop\.example\.com/ }).click();
  await dialog.getByRole("button", { name: "Create token" }).click();
  const permissions = dialog.getByRole("group", { name: "Permissions" });
  await expect(permissions.getByRole("alert")).toHaveText(
    "You are a viewer on shop.example.com — * (full access) can't be granted there.",
  );
  await expect(revealDialog(page)).toBeHidden();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(tokenRow(page, name)).toHaveCount(0);
});

test("roll without grace kills the old secret at once; with grace it keeps working", async ({
  page,
  request,
}) => {
  await signUpViaUi(page);
  const name = uniqueName("Deploy");
  const first = await createDefaultToken(page, name);
  const row = tokenRow(page, name);

  await row.getByRole("button", { name: `Roll ${name}` }).click();
  const roll = page.getByRole("alertdialog", { name: `Roll “${name}”?` });
  await expect(roll.getByRole("radio", { name: "Immediately" })).toBeChecked();
  await roll.getByRole("button", { name: "Roll secret" }).click();
  const second = await revealedSecret(page);
  expect(second).toMatch(DFT);
  expect(second).not.toBe(first);
  await closeReveal(page, second);
  await expect(row).toContainText(displayKeyOf(second));
  expectRefused((await callApi(request, "/api/v1/admin/account", first)).status());
  expect((await callApi(request, "/api/v1/admin/account", second)).status()).toBe(200);

  await row.getByRole("button", { name: `Roll ${name}` }).click();
  await roll.getByRole("radio", { name: "After 24 hours" }).click();
  await roll.getByRole("button", { name: "Roll secret" }).click();
  const third = await revealedSecret(page);
  await closeReveal(page, third);
  await expect(row).toContainText(displayKeyOf(third));
  await expect(row).toContainText("Old secret expires in 24 hours");
  expect((await callApi(request, "/api/v1/admin/account", second)).status()).toBe(200);
  expect((await callApi(request, "/api/v1/admin/account", third)).status()).toBe(200);
});

test("revoke asks first, names the token, and the secret stops working", async ({ page, request }) => {
  await signUpViaUi(page);
  const name = uniqueName("Old laptop");
  const secret = await createDefaultToken(page, name);

  await tokenRow(page, name)
    .getByRole("button", { name: `Revoke ${name}` })
    .click();
  const confirm = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `Token “${name}” revoked.` })).toBeVisible();
  await expect(tokenRow(page, name)).toHaveCount(0);
  await expect(page.getByText("No API tokens yet")).toBeVisible();
  expectRefused((await callApi(request, "/api/v1/admin/account", secret)).status());
});

test("a token's permissions open beside their button, which closes them again; Escape returns focus to it", async ({
  page,
}) => {
  await signUpViaUi(page);
  const name = uniqueName("Permissions");
  await createDefaultToken(page, name);
  const trigger = tokenRow(page, name).getByRole("button", {
    name: `Full access: show the permissions of ${name}`,
  });
  const panel = page.getByRole("dialog", { name: `Permissions of ${name}` });
  await trigger.click();
  await expect(panel).toBeVisible();
  await expect(trigger).toHaveAttribute("aria-expanded", "true");
  // Anchored to the button (the popover's code arrives after the click): 4 px below or above it.
  const button = (await trigger.boundingBox())!;
  const box = (await panel.boundingBox())!;
  const gap = Math.min(
    Math.abs(box.y - (button.y + button.height) - 4),
    Math.abs(button.y - (box.y + box.height) - 4),
  );
  expect(gap).toBeLessThan(2);
  expect(Math.abs(box.x - button.x)).toBeLessThan(2);

  await trigger.click();
  await expect(panel).toHaveCount(0);
  await expect(trigger).toHaveAttribute("aria-expanded", "false");
  await trigger.click();
  await expect(panel).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(trigger).toBeFocused();
});

test("at 20 tokens the page says so and offers no create; the server refuses the 21st", async ({
  page,
  request,
}) => {
  await signUpViaUi(page);
  const secret = await createDefaultToken(page, uniqueName("Bulk maker"));
  for (let i = 1; i < 20; i++) {
    const response = await postApi(request, "/api/v1/admin/access-tokens", secret, { name: `Bulk ${i}` });
    expect(response.status()).toBe(200);
  }
  const refused = await postApi(request, "/api/v1/admin/access-tokens", secret, { name: "One too many" });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("You can have at most 20 active tokens. Revoke one first.");

  await page.reload();
  await expect(page.getByText("20 of 20 used")).toBeVisible();
  await expect(
    page.getByRole("alert").filter({ hasText: "You have 20 tokens, the most allowed" }),
  ).toContainText("You can have at most 20 active tokens. Revoke one first.");
  await expect(page.getByRole("button", { name: "Create token" })).toBeDisabled();
});

test("a token can be created with the keyboard alone", async ({ page }) => {
  await loginAsDemo(page, "owner");
  await page.goto("/account/api");
  const name = uniqueName("Keyboard");
  await page.getByRole("button", { name: "Create token" }).first().focus();
  await page.keyboard.press("Enter");
  const dialog = createDialog(page);
  await expect(dialog.getByLabel("Name")).toBeFocused();
  await page.keyboard.type(name);

  // Preset: arrow keys move between the radios; Tab lands on the checked one (Read-only, the default).
  await tabTo(page, dialog.getByRole("radio", { name: /^Read-only/ }));
  // Arrows move focus (Radix checks the radio it lands on while the key is still down, which a
  // synthetic key press under load can miss); Space checks the focused radio either way.
  await page.keyboard.press("ArrowRight", { delay: 100 });
  await expect(dialog.getByRole("radio", { name: /^Full access/ })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(dialog.getByRole("radio", { name: /^Full access/ })).toBeChecked();
  await page.keyboard.press("ArrowRight", { delay: 100 });
  await expect(dialog.getByRole("radio", { name: /^Custom/ })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(dialog.getByRole("radio", { name: /^Custom/ })).toBeChecked();
  await tabTo(page, dialog.getByRole("checkbox", { name: "Write team" }));
  await page.keyboard.press("Space");
  await expect(dialog.getByRole("checkbox", { name: "Write team" })).not.toBeChecked();

  // Scope: the listbox filters as you type and toggles with Space.
  await tabTo(page, dialog.getByRole("radio", { name: /^All websites I can access/ }));
  await page.keyboard.press("ArrowDown", { delay: 100 });
  await expect(dialog.getByRole("radio", { name: /^Only selected websites/ })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(dialog.getByRole("radio", { name: /^Only selected websites/ })).toBeChecked();
  await tabTo(page, dialog.getByRole("listbox", { name: "Websites" }));
  await page.keyboard.type("blog");
  await expect(dialog.getByRole("listbox", { name: "Websites" }).getByRole("option")).toHaveCount(1);
  await page.keyboard.press("Space");
  await expect(dialog.getByRole("option", { name: /blog\.example\.com/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );

  // From the default (30 days), the choice above is 7 days.
  const expiry = dialog.getByLabel("Expiration");
  await tabTo(page, expiry);
  await expect(expiry).toHaveValue("30d");
  await page.keyboard.press("ArrowUp");
  await expect(expiry).toHaveValue("7d");

  await tabTo(page, dialog.getByRole("button", { name: "Create token" }));
  await page.keyboard.press("Enter");
  const secret = await revealedSecret(page);
  await tabTo(page, revealDialog(page).getByRole("button", { name: "I've copied it" }));
  await page.keyboard.press("Enter");
  await expect(revealDialog(page)).toBeHidden();

  const row = tokenRow(page, name);
  await expect(row).toContainText(displayKeyOf(secret));
  await expect(row).toContainText("17 permissions");
  await expect(row).toContainText("blog.example.com");
  await expect(row).toContainText("in 7 days");
  expect(await page.content()).not.toContain(secret);
});

for (const [label, width, height] of [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const) {
  test(`screenshots of the API page at ${width} px (${label})`, async ({ page, browser, request }) => {
    await page.setViewportSize({ width, height });
    // Empty: a fresh person.
    const fresh = await browser.newContext({ viewport: { width, height } });
    try {
      const freshPage = await fresh.newPage();
      await signUpViaUi(freshPage);
      await freshPage.goto("/account/api");
      await expect(freshPage.getByText("No API tokens yet")).toBeVisible();
      await shoot(freshPage, `api-empty-${width}`);
    } finally {
      await fresh.close();
    }

    await loginAsDemo(page, "owner");
    const readOnly = await openCreate(page);
    await readOnly.getByLabel("Name").fill(uniqueName(`Read-only ${label}`));
    await readOnly.getByRole("radio", { name: /^Read-only/ }).click();
    await readOnly.getByRole("button", { name: "Create token" }).click();
    const used = await revealedSecret(page);
    await closeReveal(page, used);
    // Used once, so the list has a "last used" time and address to show.
    expect((await callApi(request, "/api/v1/admin/account", used)).status()).toBe(200);

    const dialog = await openCreate(page);
    await shoot(page, `api-create-${width}`, false);
    await dialog.getByLabel("Name").fill(uniqueName(`Screenshot ${label}`));
    await dialog.getByRole("radio", { name: /^Custom/ }).click();
    await dialog.getByRole("checkbox", { name: "Write team" }).click();
    await dialog.getByRole("radio", { name: /^Only selected websites/ }).click();
    await dialog.getByRole("option", { name: /shop\.example\.com/ }).click();
    await dialog.getByRole("option", { name: /docs\.example\.com/ }).click();
    await dialog.getByLabel("Expiration").selectOption("30d");
    await dialog.getByRole("region", { name: "What this token can do today" }).scrollIntoViewIfNeeded();
    await shoot(page, `api-create-custom-${width}`, false);
    await dialog.getByRole("button", { name: "Create token" }).click();
    const secret = await revealedSecret(page);
    await shoot(page, `api-reveal-${width}`, false);
    await closeReveal(page, secret);
    await page.reload();
    await shoot(page, `api-filled-${width}`);
  });
}
