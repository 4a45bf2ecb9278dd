import { readFileSync } from "node:fs";
import path from "node:path";
import { sign } from "node:crypto";
import { expect, test } from "./fixtures";
import { DFT, callApi, closeReveal, displayKeyOf, revealedSecret, shoot, uniqueName } from "./secret-helpers";
import { createKey, keyRow, ownerOnDeveloperPage } from "./website-helpers";

// Governing credentials (issue 20 points 5–7): IP allow-lists, leak reports, website token policy.

// The test-only key pair whose public half e2e/serve.mjs configures (KEYWARD_SECRET_SCANNING_KEYS).
const SCANNER_KEY = readFileSync(
  path.join(import.meta.dirname, "secret-scanning-test-key.private.pem"),
  "utf8",
);

test("a key's IP allow-list previews the blocked address, and a request from outside it is a 403 naming the list", async ({
  page,
  request,
}) => {
  const { websiteId } = await ownerOnDeveloperPage(page);
  const name = uniqueName("Office only");
  const secret = await createKey(page, name);
  await closeReveal(page, secret);
  const apiPath = `/api/v1/admin/websites/${websiteId}/apikeys`;
  expect((await callApi(request, apiPath, secret)).status()).toBe(200);

  const openDialog = async () => {
    await page.reload();
    await keyRow(page, name)
      .getByRole("button", { name: `Rename ${name}` })
      .click();
    return page.getByRole("dialog", { name: `Rename “${name}”` });
  };
  // The last use (127.0.0.1) is written off the request path: it reaches the preview shortly.
  let dialog = await openDialog();
  await expect(async () => {
    dialog = await openDialog();
    await dialog.getByRole("textbox", { name: "IP allow-list" }).fill("10.0.0.0/8");
    await expect(dialog.getByRole("list", { name: "Allow-list preview" })).toContainText(
      "127.0.0.1 would be blocked",
      { timeout: 1000 },
    );
  }).toPass({ timeout: 15_000 });
  await dialog.getByRole("button", { name: "Save allow-list" }).click();
  await expect(page.getByText("IP allow-list saved.")).toBeVisible();

  const refused = await callApi(request, apiPath, secret);
  expect(refused.status()).toBe(403);
  const body = await refused.text();
  expect(body).toContain("IP allow-list (10.0.0.0/8)");
  expect(body).toContain("127.0.0.1");

  dialog = await openDialog();
  await dialog.getByRole("textbox", { name: "IP allow-list" }).fill("127.0.0.0/8");
  await expect(dialog.getByRole("list", { name: "Allow-list preview" })).toContainText("127.0.0.1 allowed");
  await dialog.getByRole("button", { name: "Save allow-list" }).click();
  await expect(page.getByText("IP allow-list saved.")).toBeVisible();
  expect((await callApi(request, apiPath, secret)).status()).toBe(200);
});

test("a signed leak report revokes a live key and the Developer page says where it was found", async ({
  page,
  request,
}) => {
  const { websiteId } = await ownerOnDeveloperPage(page);
  const name = uniqueName("Leaked");
  const secret = await createKey(page, name);
  await closeReveal(page, secret);
  const url = "https://github.com/acme/app/blob/main/.env";
  const raw = JSON.stringify([{ token: secret, type: "keyward_website_key", url, source: "content" }]);
  const reply = await request.post("/api/v1/secret-scanning/reports", {
    headers: {
      "content-type": "application/json",
      "github-public-key-identifier": "e2e-test-key",
      "github-public-key-signature": sign("sha256", Buffer.from(raw), SCANNER_KEY).toString("base64"),
    },
    data: raw,
  });
  expect(reply.status()).toBe(200);
  expect(await reply.json()).toEqual([
    { token_raw: secret, token_type: "keyward_website_key", label: "true_positive" },
  ]);

  expect((await callApi(request, `/api/v1/admin/websites/${websiteId}/apikeys`, secret)).status()).toBe(401);
  await page.reload();
  const notices = page.getByRole("region", { name: "Keys revoked because they were found public" });
  await expect(notices).toContainText(name);
  await expect(notices).toContainText(displayKeyOf(secret));
  await expect(notices).toContainText(`Revoked because it was found public at ${url}`);
  await expect(keyRow(page, name)).toHaveCount(0);
});

test("a website that requires expiring tokens refuses a never-expiring token with a 400 naming it", async ({
  page,
}) => {
  const { domain } = await ownerOnDeveloperPage(page);
  const policy = page.getByRole("form", { name: "Token policy" });
  await policy.getByLabel("Tokens must expire").check();
  await policy.getByRole("button", { name: "Save policy" }).click();
  // The save is acknowledged before the reload, which would otherwise cancel it in flight.
  await expect(page.getByText("Token policy saved.")).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("form", { name: "Token policy" }).getByLabel("Tokens must expire"),
  ).toBeChecked();

  await page.goto("/account/api");
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByLabel("Name").fill(uniqueName("Forever"));
  await dialog.getByRole("radio", { name: /^Full access/ }).click();
  await dialog.getByLabel("Expiration").selectOption("never");
  await dialog.getByRole("button", { name: "Create token" }).click();
  await expect(dialog).toContainText(`${domain} requires tokens that reach it to expire.`);

  // An expiring token is accepted.
  await dialog.getByLabel("Expiration").selectOption({ index: 0 });
  await dialog.getByRole("button", { name: "Create token" }).click();
  expect(await revealedSecret(page)).toMatch(DFT);
});

test("a token made before a policy is listed outside it, and Regenerate within policy fixes it in one step", async ({
  page,
  request,
}) => {
  const { websiteId, domain } = await ownerOnDeveloperPage(page);
  const name = uniqueName("Before policy");
  await page.goto("/account/api");
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Expiration").selectOption("never");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const before = await revealedSecret(page);
  await closeReveal(page, before);

  await page.goto(`/websites/${websiteId}/settings/developer`);
  const policy = page.getByRole("form", { name: "Token policy" });
  await policy.getByLabel("Maximum token lifetime (days)").fill("14");
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByRole("list", { name: "Tokens outside the policy" })).toContainText(name);

  await page.goto("/account/api");
  const notice = page.getByRole("region", { name: "Tokens outside a website's token policy" });
  await expect(notice).toContainText(`${name}`);
  await expect(notice).toContainText(`${domain} requires tokens that reach it to expire within 14 days.`);
  await page
    .getByTestId("hygiene-strip")
    .getByRole("button", { name: /^Outside a website's token policy: 1/ })
    .click();
  await expect(page.getByText("Showing 1 of 1.")).toBeVisible();
  await shoot(page, "token-outside-policy");

  await notice.getByRole("button", { name: "Regenerate within policy" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Regenerate “${name}” within policy?` });
  await expect(confirm).toContainText("expires in 14 days");
  await confirm.getByRole("button", { name: "Regenerate within policy" }).click();
  const after = await revealedSecret(page);
  expect(after).toMatch(DFT);
  await closeReveal(page, after);
  await expect(notice).toBeHidden();
  expect((await callApi(request, "/api/v1/admin/websites", before)).status()).toBe(401);
  expect((await callApi(request, "/api/v1/admin/websites", after)).status()).toBe(200);
});
