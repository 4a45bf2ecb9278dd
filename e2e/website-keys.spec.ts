import { randomBytes } from "node:crypto";
import { expect, loginAsDemo, test } from "./fixtures";
import {
  DF,
  callApi,
  closeReveal,
  copyFromReveal,
  displayKeyOf,
  expectRefused,
  postApi,
  revealedSecret,
  shoot,
  uniqueName,
} from "./secret-helpers";
import { createKey, keyRow, ownerOnDeveloperPage } from "./website-helpers";

// Website settings → Developer (issue 5). Keys are made on websites that fresh users create, so
// tests never share a website's 10-key limit; the viewer reads the seeded shop.example.com.

test("an owner creates a key, copies it once, and it works on its website", async ({
  page,
  context,
  request,
  baseURL,
}) => {
  const { websiteId } = await ownerOnDeveloperPage(page);
  await expect(page.getByText("No API keys yet")).toBeVisible();
  const name = uniqueName("Checkout server");
  const secret = await createKey(page, name);
  expect(await copyFromReveal(page, context, baseURL)).toBe(secret);
  await closeReveal(page, secret);

  const row = keyRow(page, name);
  await expect(row).toContainText(displayKeyOf(secret));
  await expect(row).toContainText("Never");
  await expect(row).toContainText("Test e2e");

  // The key reads its own website's keys over the API (display forms only).
  const response = await callApi(request, `/api/v1/admin/websites/${websiteId}/apikeys`, secret);
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toContain(displayKeyOf(secret));
  expect(body).not.toContain(secret);

  // The name is required (Enter in an empty field names the problem) and unique on the website.
  await page.getByRole("button", { name: "Create key" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API key" });
  const nameField = dialog.getByLabel("Name");
  await nameField.press("Enter");
  await expect(dialog.getByText("Name the key, like Checkout server.")).toBeVisible();
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await nameField.fill(name.toUpperCase());
  await nameField.press("Enter");
  await expect(
    dialog.getByText(`This website already has a key named “${name.toUpperCase()}”. Choose another name.`),
  ).toBeVisible();
  await expect(nameField).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(keyRow(page, name)).toHaveCount(1);

  await page.reload();
  const html = await page.content();
  expect(html).not.toContain(secret);
});

test("a key sends a goal and a payment, and the overview counts them, over the production server", async ({
  page,
  request,
}) => {
  const { websiteId } = await ownerOnDeveloperPage(page);
  const secret = await createKey(page, uniqueName("Backend"));
  await closeReveal(page, secret);

  // Routes without path segments of their own (the website comes from the key). Reading first
  // proves the goal and payment routes invalidate what the overview route computed.
  const before = await callApi(request, "/api/v1/analytics/overview", secret);
  expect((await before.json()).data[0]).toMatchObject({ visitors: 0, goals: 0, payments: 0 });
  const goal = await postApi(request, "/api/v1/goals", secret, {
    datafast_visitor_id: "visitor-e2e",
    name: "signup",
  });
  expect(goal.status()).toBe(200);
  const payment = await postApi(request, "/api/v1/payments", secret, {
    amount: 29.99,
    currency: "USD",
    transaction_id: `tx-${randomBytes(4).toString("hex")}`,
    datafast_visitor_id: "visitor-e2e",
  });
  expect(payment.status()).toBe(200);
  const overview = await callApi(request, "/api/v1/analytics/overview", secret);
  expect(overview.status()).toBe(200);
  const [numbers] = (await overview.json()).data;
  expect(numbers).toMatchObject({
    visitors: 1,
    goals: 1,
    payments: 1,
    paying_visitors: 1,
    revenue: 29.99,
    conversion_rate: 100,
  });

  // The website's overview page shows the same numbers, where it said "No data yet" before.
  await page.goto(`/websites/${websiteId}`);
  const stat = (label: string) =>
    page
      .getByRole("main")
      .locator("dl > div")
      .filter({ has: page.getByRole("term").filter({ hasText: label }) })
      .getByRole("definition");
  await expect(stat("Visitors")).toHaveText("1");
  await expect(stat("Goals")).toHaveText("1");
  await expect(stat("Revenue")).toHaveText("$29.99");
  await expect(stat("Conversion rate")).toHaveText("100 %");
  await expect(page.getByRole("img", { name: /^Visitors per day .*at most 1, on/ })).toBeVisible();
  await expect(page.getByText("No data yet")).toHaveCount(0);
});

test("an owner rolls a key (the old secret dies) and revokes it (the new one dies too)", async ({
  page,
  request,
}) => {
  const { websiteId } = await ownerOnDeveloperPage(page);
  const name = uniqueName("Webhook");
  const first = await createKey(page, name);
  await closeReveal(page, first);
  const row = keyRow(page, name);
  const path = `/api/v1/admin/websites/${websiteId}/apikeys`;

  await row.getByRole("button", { name: `Roll ${name}` }).click();
  const roll = page.getByRole("alertdialog", { name: `Roll “${name}”?` });
  await roll.getByRole("button", { name: "Roll secret" }).click();
  const second = await revealedSecret(page);
  expect(second).toMatch(DF);
  expect(second).not.toBe(first);
  await closeReveal(page, second);
  await expect(row).toContainText(displayKeyOf(second));
  expectRefused((await callApi(request, path, first)).status());
  expect((await callApi(request, path, second)).status()).toBe(200);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const revoke = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
  await revoke.getByRole("button", { name: "Revoke API key" }).click();
  await expect(revoke).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `API key “${name}” revoked.` })).toBeVisible();
  await expect(keyRow(page, name)).toHaveCount(0);
  expectRefused((await callApi(request, path, second)).status());
});

test("a roll with grace: Tab reaches the grace choices before Roll secret; last use names the secret; expiring the old secret now refuses it over REST at once", async ({
  page,
  request,
}) => {
  const { websiteId } = await ownerOnDeveloperPage(page);
  const name = uniqueName("Importer");
  const first = await createKey(page, name);
  await closeReveal(page, first);
  const row = keyRow(page, name);
  const path = `/api/v1/admin/websites/${websiteId}/apikeys`;
  expect((await callApi(request, path, first)).status()).toBe(200);

  // Keyboard: focus starts on Cancel; Tab goes through the grace choices before "Roll secret".
  await row.getByRole("button", { name: `Roll ${name}` }).click();
  const roll = page.getByRole("alertdialog", { name: `Roll “${name}”?` });
  await expect(roll.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(roll.getByRole("radio", { name: "Immediately" })).toBeFocused();
  await roll.getByRole("radio", { name: "After 24 hours" }).check();
  await page.keyboard.press("Tab");
  await expect(roll.getByRole("button", { name: "Roll secret" })).toBeFocused();
  await page.keyboard.press("Enter");
  const second = await revealedSecret(page);
  await closeReveal(page, second);

  // Both secrets work during the grace period; the list says which one was used last.
  expect((await callApi(request, path, first)).status()).toBe(200);
  expect((await callApi(request, path, second)).status()).toBe(200);
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("(new secret)", { timeout: 1_000 });
  }).toPass();
  await expect(row).toContainText(/Old secret (now|\d+ (seconds?|minutes?) ago)/);
  await expect(row).toContainText(/Old secret expires in (23|24) hours/);

  await row.getByRole("button", { name: `Expire old secret of ${name} now` }).click();
  const expire = page.getByRole("alertdialog", { name: `Expire the old secret of “${name}” now?` });
  await expect(expire.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expire.getByRole("button", { name: "Expire old secret" }).click();
  await expect(expire).toBeHidden();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: `The old secret of API key “${name}” was expired; only the current one works.` }),
  ).toBeVisible();
  await expect(row.getByText(/Old secret expires/)).toHaveCount(0);
  await expect(row.getByRole("button", { name: /^Expire old secret/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "API keys", exact: true })).toBeFocused();

  // The very next request with the old secret is refused; the new one still works.
  expectRefused((await callApi(request, path, first)).status());
  expect((await callApi(request, path, second)).status()).toBe(200);
});

test("at 10 keys the page says so and offers no create; the server refuses the 11th", async ({
  page,
  request,
}) => {
  const { websiteId } = await ownerOnDeveloperPage(page);
  const secret = await createKey(page, uniqueName("Bulk maker"));
  await closeReveal(page, secret);
  const path = `/api/v1/admin/websites/${websiteId}/apikeys`;
  for (let i = 1; i < 10; i++) {
    expect((await postApi(request, path, secret, { name: `Bulk ${i}` })).status()).toBe(200);
  }
  const refused = await postApi(request, path, secret, { name: "One too many" });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("A website can have at most 10 active keys. Revoke one first.");

  await page.reload();
  await expect(page.getByText("10 of 10 used")).toBeVisible();
  await expect(
    page.getByRole("alert").filter({ hasText: "This website has 10 keys, the most allowed" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Create key" })).toBeDisabled();
});

test("a viewer sees the keys without any controls, and why", async ({ page, browser }) => {
  // The owner makes a key on the seeded website, so the viewer has something to look at.
  const owner = await browser.newContext();
  const name = uniqueName("Shared");
  let href = "";
  try {
    const ownerPage = await owner.newPage();
    await loginAsDemo(ownerPage, "owner");
    await ownerPage.goto("/");
    href =
      (await ownerPage
        .getByRole("main")
        .getByRole("link")
        .filter({ hasText: "shop.example.com" })
        .getAttribute("href")) ?? "";
    await ownerPage.goto(`${href}/settings/developer`);
    const secret = await createKey(ownerPage, name);
    await closeReveal(ownerPage, secret);
  } finally {
    await owner.close();
  }

  await loginAsDemo(page, "viewer");
  await page.goto(`${href}/settings/developer`);
  await expect(keyRow(page, name)).toBeVisible();
  await expect(
    page.getByText("Viewers can't create, roll and revoke this website's API keys."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Create key" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Roll/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);
});

for (const [label, width, height] of [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const) {
  test(`screenshots of the Developer page at ${width} px (${label})`, async ({ page, request }) => {
    await page.setViewportSize({ width, height });
    const { websiteId } = await ownerOnDeveloperPage(page);
    await shoot(page, `keys-empty-${width}`);
    const secret = await createKey(page, uniqueName("Server"));
    await shoot(page, `keys-reveal-${width}`, false);
    await closeReveal(page, secret);
    await shoot(page, `keys-filled-${width}`);

    // During a grace period: the expire button beside the note, and which secret was used last.
    const path = `/api/v1/admin/websites/${websiteId}/apikeys`;
    await callApi(request, path, secret);
    await page.getByRole("button", { name: /^Roll / }).click();
    await page.getByRole("radio", { name: "After 7 days" }).check();
    await shoot(page, `keys-roll-${width}`, false);
    await page.getByRole("button", { name: "Roll secret" }).click();
    const rolled = await revealedSecret(page);
    await closeReveal(page, rolled);
    await callApi(request, path, rolled);
    await expect(async () => {
      await page.reload();
      await expect(page.getByText("(new secret)").filter({ visible: true })).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await shoot(page, `keys-grace-${width}`);
  });
}
