import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { closeReveal, uniqueName } from "./secret-helpers";
import {
  actionOutcome,
  captureAction,
  replayAction,
  withValue,
  type CapturedAction,
} from "./security-helpers";
import { createKey, keyRow, ownerOnDeveloperPage } from "./website-helpers";

// Server actions attacked directly (rows S46–S48, S51): a fresh owner creates a key through the
// UI while the test captures the page's own action request (its Next-Action id and body); the
// test then replays it without a session, from foreign origins, and with tampered arguments.
// "Nothing changed": no key with the replayed name ever appears.

async function capturedCreate(
  page: Page,
): Promise<{ action: CapturedAction; name: string; websiteId: string }> {
  const { websiteId } = await ownerOnDeveloperPage(page);
  const name = uniqueName("Captured");
  let secret = "";
  const action = await captureAction(page, async () => {
    secret = await createKey(page, name);
  });
  await closeReveal(page, secret);
  expect(actionOutcome(action.responseText)?.ok).toBe(true);
  return { action, name, websiteId };
}

async function expectNoKey(page: Page, names: string[]): Promise<void> {
  await page.reload();
  await expect(page.getByRole("heading", { name: "API keys", exact: true })).toBeVisible();
  for (const name of names) await expect(keyRow(page, name)).toHaveCount(0);
}

test("S46 a server action posted with a real Next-Action id and no session is unauthenticated; nothing changes", async ({
  page,
  playwright,
  baseURL,
}) => {
  const { action, name } = await capturedCreate(page);
  const anonymous = await playwright.request.newContext({ baseURL });
  const forged = uniqueName("S46 forged");
  const response = await replayAction(anonymous, action, { body: withValue(action.body, name, forged) });
  expect(actionOutcome(await response.text())).toMatchObject({
    ok: false,
    error: { code: "UNAUTHENTICATED" },
  });
  await anonymous.dispose();
  await expectNoKey(page, [forged]);
});

test("S47 server actions from Origin evil, Origin null and no Origin are refused before they run", async ({
  page,
}) => {
  const { action, name } = await capturedCreate(page);
  const tries = [
    { label: "evil", origin: "https://evil.example" },
    { label: "null", origin: "null" },
    { label: "absent", origin: null },
  ];
  const forged: string[] = [];
  for (const { label, origin } of tries) {
    const renamed = uniqueName(`S47 ${label}`);
    forged.push(renamed);
    // The signed-in browser's own cookies: only the origin differs from the real request.
    const response = await replayAction(page.request, action, {
      body: withValue(action.body, name, renamed),
      origin,
    });
    const outcome = actionOutcome(await response.text());
    expect(outcome?.ok ?? false, `Origin ${label}`).toBe(false);
    if (outcome) expect(outcome.error?.code).toBe("FORBIDDEN");
  }
  // The same replay with the page's own origin works: the refusals above are about the origin.
  const control = uniqueName("S47 control");
  const response = await replayAction(page.request, action, { body: withValue(action.body, name, control) });
  expect(actionOutcome(await response.text())?.ok).toBe(true);
  await expectNoKey(page, forged);
  await expect(keyRow(page, control)).toHaveCount(1);
});

test("S48 Origin evil plus X-Forwarded-Host evil straight to the app is refused", async ({ page }) => {
  const { action, name } = await capturedCreate(page);
  const forged = uniqueName("S48 forged");
  const response = await replayAction(page.request, action, {
    body: withValue(action.body, name, forged),
    origin: "https://evil.example",
    headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
  });
  expect(actionOutcome(await response.text())?.ok ?? false).toBe(false);
  await expectNoKey(page, [forged]);
});

test("S51 a replayed action with another website's bound ids is re-authorized: refused, that website unchanged", async ({
  page,
  browser,
}) => {
  const { action, name, websiteId } = await capturedCreate(page);

  // Website B belongs to somebody else, who has a key on it.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const { websiteId: foreignId } = await ownerOnDeveloperPage(otherPage);
  const foreignKey = uniqueName("B key");
  await closeReveal(otherPage, await createKey(otherPage, foreignKey));

  // Create on B with A's captured request.
  const forged = uniqueName("S51 forged");
  const create = await replayAction(page.request, action, {
    body: withValue(withValue(action.body, websiteId, foreignId), name, forged),
  });
  expect(actionOutcome(await create.text())).toMatchObject({ ok: false });

  // Revoke: capture A's own revoke, then point it at B's key (with B's id, then with A's).
  const revoke = await captureAction(page, async () => {
    await keyRow(page, name)
      .getByRole("button", { name: `Revoke ${name}` })
      .click();
    await page
      .getByRole("alertdialog", { name: `Revoke “${name}”?` })
      .getByRole("button", { name: "Revoke API key" })
      .click();
  });
  expect(actionOutcome(revoke.responseText)?.ok).toBe(true);
  const keyId = (JSON.parse(revoke.body) as [{ keyId: string }])[0].keyId;
  const foreignKeyId = await keyIdOf(otherPage, foreignKey);
  for (const body of [
    withValue(withValue(revoke.body, websiteId, foreignId), keyId, foreignKeyId),
    withValue(revoke.body, keyId, foreignKeyId),
  ]) {
    const response = await replayAction(page.request, revoke, { body });
    const outcome = actionOutcome(await response.text());
    expect(outcome?.ok).toBe(false);
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(outcome?.error?.code);
  }

  await otherPage.reload();
  await expect(keyRow(otherPage, foreignKey)).toHaveCount(1);
  await expect(keyRow(otherPage, forged)).toHaveCount(0);
  await other.close();
});

/**
 * The id of a key, read from the actions its owner's page sends (then cancelled). Opening the
 * revoke dialog sends the impact preview (previewWebsiteKeyRevokeAction) with the same arguments
 * before the revoke itself, so the route stays for the rest of the test: with it gone after the
 * first request, the revoke reached the server and revoked the key.
 */
async function keyIdOf(page: Page, name: string): Promise<string> {
  let keyId = "";
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      keyId = (JSON.parse(request.postData() ?? "[{}]") as [{ keyId: string }])[0].keyId;
      await route.abort();
    } else await route.continue();
  });
  await keyRow(page, name)
    .getByRole("button", { name: `Revoke ${name}` })
    .click();
  await page
    .getByRole("alertdialog", { name: `Revoke “${name}”?` })
    .getByRole("button", { name: "Revoke API key" })
    .click();
  await expect.poll(() => keyId).not.toBe("");
  return keyId;
}
