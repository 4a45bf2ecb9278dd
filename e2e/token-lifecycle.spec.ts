import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, loginAsDemo, signUpViaUi, test } from "./fixtures";
import {
  DFT,
  callApi,
  closeReveal,
  displayKeyOf,
  expectRefused,
  postApi,
  revealDialog,
  revealedSecret,
  shoot,
  uniqueName,
} from "./secret-helpers";
import { createWebsiteViaUi } from "./website-helpers";

// Issue 14 in the dashboard: safer defaults, the expiry lifecycle (badge, banner, Regenerate),
// edit, and a revoke that says what it also ends. The browser runs in Los Angeles, so a chosen
// day must end at 23:59:59 there, not at midnight UTC.
test.use({ timezoneId: "America/Los_Angeles", locale: "en-US" });

type ListedToken = { _id: string; name: string; expiresAt: string | null; permissions: string[] };

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

/** Submits the open create dialog; returns the secret after closing the reveal. */
async function submitCreate(page: Page, dialog: Locator): Promise<string> {
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await revealedSecret(page);
  expect(secret).toMatch(DFT);
  await closeReveal(page, secret);
  return secret;
}

/** A full-access token that never expires, made in the dashboard: the parent the API mints from. */
async function createParent(page: Page, name: string): Promise<string> {
  const dialog = await openCreate(page);
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("radio", { name: /^Full access/ }).click();
  await dialog.getByLabel("Expiration").selectOption("never");
  return submitCreate(page, dialog);
}

async function listTokens(request: APIRequestContext, secret: string): Promise<ListedToken[]> {
  const response = await callApi(request, "/api/v1/admin/access-tokens", secret);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: ListedToken[] }).data;
}

/** Mints a token through the API with `secret` (the child of that token); returns its secret. */
async function mintChild(
  request: APIRequestContext,
  secret: string,
  body: { name: string; permissions: string[]; expiresAt?: string },
): Promise<string> {
  const response = await postApi(request, "/api/v1/admin/access-tokens", secret, body);
  expect(response.status(), await response.text()).toBe(200);
  const { data } = (await response.json()) as { data: { key: string }[] };
  const key = data[0]?.key ?? "";
  expect(key).toMatch(DFT);
  return key;
}

test("a new token starts Read-only for 30 days; Never warns; owners are reminded what * means; a chosen day ends at midnight where the person is", async ({
  page,
  request,
}) => {
  await signUpViaUi(page);
  const { domain } = await createWebsiteViaUi(page, "defaults");
  const dialog = await openCreate(page);

  // The defaults, and the exact instant of "in 30 days".
  await expect(dialog.getByRole("radio", { name: /^Read-only/ })).toBeChecked();
  const expiry = dialog.getByLabel("Expiration");
  await expect(expiry).toHaveValue("30d");
  await expect(dialog.getByText(/It stops working 30 days after you save: /)).toBeVisible();
  await expect(dialog.getByText(/Full access reaches/)).toHaveCount(0);

  // Never: a warning; Full access on a website they own: a reminder naming it.
  await expiry.selectOption("never");
  await expect(dialog.getByText("A token that never expires works until someone revokes it")).toBeVisible();
  await dialog.getByRole("radio", { name: /^Full access/ }).click();
  const reminder = dialog.getByRole("status").filter({ hasText: "Full access reaches a website you own" });
  await expect(reminder).toContainText(domain);
  await expect(reminder).toContainText("delete the website");
  await shoot(page, "lifecycle-create-never-1280", false);

  // A day: the token works through 1 March in Los Angeles, and stops at its last second there.
  const year = new Date().getUTCFullYear() + 1;
  await expiry.selectOption("date");
  await dialog.getByLabel("Last day it works").fill(`${year}-03-01`);
  await expect(dialog.getByText(`stops at March 1, ${year} at 11:59:59 PM PST`)).toBeVisible();
  await expect(dialog.getByText("(America/Los_Angeles)")).toBeVisible();
  await expect(dialog.getByText("A token that never expires")).toHaveCount(0);
  const dated = uniqueName("Until March");
  await dialog.getByLabel("Name").fill(dated);
  const datedSecret = await submitCreate(page, dialog);

  // The defaults, untouched.
  const plain = uniqueName("Defaults");
  const created = await openCreate(page);
  await created.getByLabel("Name").fill(plain);
  const plainSecret = await submitCreate(page, created);
  await expect(tokenRow(page, plain)).toContainText("Read-only");
  await expect(tokenRow(page, dated)).toContainText("Full access");

  const tokens = await listTokens(request, plainSecret);
  const byName = new Map(tokens.map((token) => [token.name, token]));
  expect(byName.get(dated)?.expiresAt).toBe(`${year}-03-02T07:59:59.999Z`);
  const days = (Date.parse(byName.get(plain)?.expiresAt ?? "") - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(29);
  expect(days).toBeLessThanOrEqual(30);
  expect((await callApi(request, "/api/v1/admin/account", datedSecret)).status()).toBe(200);
});

test("a token expiring within 7 days carries a badge, and the API page a banner", async ({ page }) => {
  await signUpViaUi(page);
  const name = uniqueName("Short-lived");
  const dialog = await openCreate(page);
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Expiration").selectOption("7d");
  await submitCreate(page, dialog);

  await expect(tokenRow(page, name)).toContainText("Expires in 7 days");
  const banner = page.getByRole("region", { name: "Expiring tokens" });
  await expect(banner).toContainText("1 token expires within 7 days");
  await expect(banner).toContainText(`${name}: expires in 7 days`);
  await shoot(page, "lifecycle-expiring-1280");
});

test("S85 an expired token shows Expired and Regenerate: a new secret, a new expiry, the old secret refused", async ({
  page,
  request,
}) => {
  await signUpViaUi(page);
  const parentName = uniqueName("Parent");
  const parent = await createParent(page, parentName);

  // A token that expires a few seconds from now, minted through the API: the app's own way to
  // have an expired token without touching its database or its clock.
  const name = uniqueName("Expired");
  const old = await mintChild(request, parent, {
    name,
    permissions: ["analytics:read"],
    expiresAt: new Date(Date.now() + 6_000).toISOString(),
  });
  const row = tokenRow(page, name);
  await expect(async () => {
    await page.reload();
    await expect(row.getByText("Expired", { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  expectRefused((await callApi(request, "/api/v1/admin/account", old)).status());
  await expect(row).toContainText(`Made with “${parentName}”`);
  await expect(row.getByRole("button", { name: `Roll ${name}` })).toHaveCount(0);
  await expect(row.getByRole("button", { name: `Edit ${name}` })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Expiring tokens" })).toContainText(`${name}: expired`);

  await row.getByRole("button", { name: `Regenerate ${name}` }).click();
  const regenerate = page.getByRole("dialog", { name: `Regenerate “${name}”` });
  await expect(regenerate.getByLabel("Expiration")).toHaveValue("30d");
  await regenerate.getByLabel("Expiration").selectOption("7d");
  await shoot(page, "lifecycle-regenerate-1280", false);
  await regenerate.getByRole("button", { name: "Regenerate token" }).click();
  const fresh = await revealedSecret(page);
  expect(fresh).toMatch(DFT);
  expect(fresh).not.toBe(old);
  await expect(revealDialog(page)).toContainText("has a new secret and a new expiry");
  await closeReveal(page, fresh);

  await expect(row).toContainText(displayKeyOf(fresh));
  await expect(row).toContainText("Expires in 7 days");
  await expect(row.getByRole("button", { name: `Roll ${name}` })).toBeVisible();
  expect((await callApi(request, "/api/v1/admin/account", fresh)).status()).toBe(200);
  expectRefused((await callApi(request, "/api/v1/admin/account", old)).status());

  await page.goto("/account/activity");
  await expect(
    page
      .getByRole("table")
      .getByRole("row")
      .filter({ hasText: displayKeyOf(fresh) }),
  ).toContainText("Regenerated an account token");
});

test("editing a token's permissions shows the preview, saves, and is in the activity log", async ({
  page,
}) => {
  await signUpViaUi(page);
  const { domain } = await createWebsiteViaUi(page, "edit");
  const name = uniqueName("Reporting");
  const dialog = await openCreate(page);
  await dialog.getByLabel("Name").fill(name);
  const secret = await submitCreate(page, dialog);
  const row = tokenRow(page, name);
  await expect(row).toContainText("Read-only");

  await row.getByRole("button", { name: `Edit ${name}` }).click();
  const edit = page.getByRole("dialog", { name: `Edit “${name}”` });
  await expect(edit.getByLabel("Name")).toHaveValue(name);
  await expect(edit.getByRole("radio", { name: /^Read-only/ })).toBeChecked();
  await expect(edit.getByLabel("Expiration")).toHaveValue("keep");
  const preview = edit.getByRole("region", { name: "What this token can do today" });
  const websiteRow = preview.getByRole("row").filter({ hasText: domain });
  await expect(websiteRow).toContainText("Read-only");

  await edit.getByRole("radio", { name: /^Custom/ }).click();
  await edit.getByRole("checkbox", { name: "Write goals" }).click();
  await expect(websiteRow).toContainText("10 permissions");
  await edit.getByLabel("Name").fill(`${name} v2`);
  await shoot(page, "lifecycle-edit-custom-1280", false);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `Token “${name} v2” saved.` })).toBeVisible();
  const edited = tokenRow(page, `${name} v2`);
  await expect(edited).toContainText("10 permissions");
  await expect(edited).toContainText(displayKeyOf(secret));

  await page.goto("/account/activity");
  const event = page.getByRole("table").getByRole("row").filter({ hasText: "Changed an account token" });
  await expect(event).toContainText(displayKeyOf(secret));
  // Before and after, as recorded: the name and the one permission added.
  await expect(event).toContainText(`Name: ${name} → ${name} v2`);
  await expect(event).toContainText(/Permissions: Read-only → analytics:read, .*goals:write/);
});

test("the edit dialog reads the token when it opens: one revoked in another tab is 'not found', with nothing saved", async ({
  page,
}) => {
  await signUpViaUi(page);
  const name = uniqueName("Stale tab");
  const dialog = await openCreate(page);
  await dialog.getByLabel("Name").fill(name);
  await submitCreate(page, dialog);

  const other = await page.context().newPage();
  await other.goto("/account/api");
  await tokenRow(other, name)
    .getByRole("button", { name: `Revoke ${name}` })
    .click();
  await other
    .getByRole("alertdialog", { name: `Revoke “${name}”?` })
    .getByRole("button", { name: "Revoke token" })
    .click();
  await expect(tokenRow(other, name)).toHaveCount(0);

  // This tab still lists it: its edit dialog asks the server for the token, which says it is gone.
  await tokenRow(page, name)
    .getByRole("button", { name: `Edit ${name}` })
    .click();
  const edit = page.getByRole("dialog", { name: `Edit “${name}”` });
  await expect(edit.getByRole("alert").filter({ hasText: "Token not found." })).toBeVisible();
  await expect(edit.getByLabel("Name")).toHaveCount(0);
  await edit.getByRole("button", { name: "Close" }).click();
  await expect(edit).toBeHidden();
});

test("S83 an edit beyond the person's role is refused on the form, naming website and permission", async ({
  page,
}) => {
  await loginAsDemo(page, "viewer");
  const name = uniqueName("Viewer edit");
  const dialog = await openCreate(page);
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("radio", { name: /^Only selected websites/ }).click();
  await dialog.getByRole("option", { name: /shop\.example\.com/ }).click();
  await submitCreate(page, dialog);

  await tokenRow(page, name)
    .getByRole("button", { name: `Edit ${name}` })
    .click();
  const edit = page.getByRole("dialog", { name: `Edit “${name}”` });
  await edit.getByRole("radio", { name: /^Full access/ }).click();
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("group", { name: "Permissions" }).getByRole("alert")).toHaveText(
    "You are a viewer on shop.example.com — * (full access) can't be granted there.",
  );
  await edit.getByRole("button", { name: "Cancel" }).click();
  await expect(tokenRow(page, name)).toContainText("Read-only");
});

test("a roll without grace offers to roll what was made with the token; revoking says first that it also revokes them, and ends them", async ({
  page,
  request,
}) => {
  await signUpViaUi(page);
  const parentName = uniqueName("CI parent");
  const first = await createParent(page, parentName);
  const childName = uniqueName("CI child");
  const old = await mintChild(request, first, { name: childName, permissions: ["analytics:read"] });
  await page.reload();
  await expect(tokenRow(page, childName)).toContainText(`Made with “${parentName}”`);

  // Roll: the child is offered only while the old secret dies at once.
  await tokenRow(page, parentName)
    .getByRole("button", { name: `Roll ${parentName}` })
    .first()
    .click();
  const roll = page.getByRole("alertdialog", { name: `Roll “${parentName}”?` });
  const alsoRoll = roll.getByRole("checkbox", { name: "Also roll the credential made with it" });
  await roll.getByRole("radio", { name: "After 24 hours" }).click();
  await expect(alsoRoll).toHaveCount(0);
  await roll.getByRole("radio", { name: "Immediately" }).click();
  await alsoRoll.click();
  await roll.getByRole("button", { name: "Roll all" }).click();
  const secrets = page.getByRole("dialog", { name: "Copy the new secrets" });
  await expect(secrets.getByRole("textbox")).toHaveCount(2);
  const parent = await secrets.getByLabel(parentName).inputValue();
  const child = await secrets.getByLabel(childName).inputValue();
  await secrets.getByRole("button", { name: "I've copied them" }).click();
  await expect(secrets).toBeHidden();
  for (const dead of [first, old])
    expectRefused((await callApi(request, "/api/v1/admin/account", dead)).status());
  for (const live of [parent, child])
    expect((await callApi(request, "/api/v1/admin/account", live)).status()).toBe(200);

  await tokenRow(page, parentName)
    .getByRole("button", { name: `Revoke ${parentName}` })
    .first()
    .click();
  const confirm = page.getByRole("alertdialog", { name: `Revoke “${parentName}”?` });
  const also = confirm.getByRole("alert").filter({ hasText: "This also revokes 1 credential made with it" });
  await expect(also).toContainText(childName);
  await expect(also).toContainText(displayKeyOf(child));
  await shoot(page, "lifecycle-revoke-lineage-1280", false);
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(confirm).toBeHidden();
  await expect(tokenRow(page, childName)).toHaveCount(0);
  expectRefused((await callApi(request, "/api/v1/admin/account", child)).status());
  expectRefused((await callApi(request, "/api/v1/admin/account", parent)).status());
});

for (const [label, width, height] of [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const) {
  test(`screenshots of the token lifecycle at ${width} px (${label})`, async ({ page, request }) => {
    // Many steps, and a wait for a token to expire.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await signUpViaUi(page);
    await createWebsiteViaUi(page, "shots");
    const parentName = uniqueName("Deploy");
    const parent = await createParent(page, parentName);
    await mintChild(request, parent, { name: uniqueName("Nightly export"), permissions: ["analytics:read"] });
    await mintChild(request, parent, {
      name: uniqueName("Expired script"),
      permissions: ["analytics:read"],
      expiresAt: new Date(Date.now() + 5_000).toISOString(),
    });
    const soon = await openCreate(page);
    await soon.getByLabel("Name").fill(uniqueName("Weekly report"));
    await soon.getByLabel("Expiration").selectOption("7d");
    await submitCreate(page, soon);
    await expect(async () => {
      await page.reload();
      await expect(page.getByText("1 token has expired")).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await shoot(page, `lifecycle-api-${width}`);

    const dialog = await openCreate(page);
    await dialog.getByRole("radio", { name: /^Full access/ }).click();
    await dialog.getByLabel("Expiration").selectOption("never");
    await dialog.getByText("A token that never expires").scrollIntoViewIfNeeded();
    await shoot(page, `lifecycle-create-${width}`, false);
    await dialog.getByRole("button", { name: "Cancel" }).click();

    await page
      .getByRole("button", { name: `Edit ${parentName}` })
      .first()
      .click();
    await expect(page.getByRole("dialog", { name: `Edit “${parentName}”` })).toBeVisible();
    await shoot(page, `lifecycle-edit-${width}`, false);
    await page.keyboard.press("Escape");

    await page
      .getByRole("button", { name: `Revoke ${parentName}` })
      .first()
      .click();
    const confirm = page.getByRole("alertdialog", { name: `Revoke “${parentName}”?` });
    await expect(confirm).toContainText("This also revokes 2 credentials made with it");
    await shoot(page, `lifecycle-revoke-${width}`, false);
  });
}
