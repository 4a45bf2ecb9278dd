import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, signUpViaUi, test } from "./fixtures";
import { DFT, closeReveal, revealedSecret, uniqueName } from "./secret-helpers";
import {
  actionOutcome,
  captureAction,
  replayAction,
  SECRET_PATTERN,
  type CapturedAction,
} from "./security-helpers";
import { createKey, ownerOnDeveloperPage } from "./website-helpers";

// Show once (S9) and nothing secret in what browsers receive (S12), for both secret kinds.

type Created = { secret: string; url: string; action: CapturedAction };

/** Opens the create dialog and fills it in: its form loads with a server action of its own. */
async function fillCreateToken(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByLabel("Name").fill(uniqueName("S9 token"));
  return dialog;
}

async function submitCreateToken(page: Page, dialog: Locator): Promise<string> {
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await revealedSecret(page);
  expect(secret).toMatch(DFT);
  return secret;
}

const kinds = {
  "website key": async (page: Page): Promise<Created> => {
    await ownerOnDeveloperPage(page);
    let secret = "";
    const action = await captureAction(page, async () => {
      secret = await createKey(page, uniqueName("S9 key"));
    });
    return { secret, url: page.url(), action };
  },
  "account token": async (page: Page): Promise<Created> => {
    await signUpViaUi(page);
    await page.goto("/account/api");
    const dialog = await fillCreateToken(page);
    let secret = "";
    const action = await captureAction(page, async () => {
      secret = await submitCreateToken(page, dialog);
    });
    return { secret, url: page.url(), action };
  },
};

/** The page's HTML and its RSC payloads (navigation, prefetch, `?_rsc=`) as this browser's session sees them. */
async function pagePayloads(request: APIRequestContext, url: string): Promise<string[]> {
  const variants = [
    request.get(url),
    request.get(url, { headers: { RSC: "1" } }),
    request.get(url, { headers: { RSC: "1", "Next-Router-Prefetch": "1" } }),
    request.get(`${url}?_rsc=s9`, { headers: { RSC: "1" } }),
  ];
  const responses = await Promise.all(variants);
  for (const response of responses) expect(response.status()).toBe(200);
  return Promise.all(responses.map((response) => response.text()));
}

for (const [kind, create] of Object.entries(kinds)) {
  test(`S9 a new ${kind}'s secret shows once: only the no-store create response carries it`, async ({
    page,
  }) => {
    const { secret, url, action } = await create(page);
    expect(action.responseText).toContain(secret);
    expect(action.responseHeaders["cache-control"]).toContain("no-store");

    await closeReveal(page, secret);
    await page.reload();
    expect(await page.content()).not.toContain(secret);
    for (const payload of await pagePayloads(page.request, url)) expect(payload).not.toContain(secret);

    // Replaying the create makes a new secret (or is refused); it never hands the old one back.
    const replay = await (await replayAction(page.request, action)).text();
    expect(replay).not.toContain(secret);
    const outcome = actionOutcome(replay);
    if (outcome?.ok) expect(replay.match(SECRET_PATTERN)?.[0]).toMatch(/^dft?_/);
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function digestForms(secret: string): string[] {
  const digest = createHash("sha256").update(secret, "utf8").digest();
  return [digest.toString("hex"), digest.toString("base64"), digest.toString("base64url")];
}

test("S12 the client bundle and RSC payloads hold no secret, digest, DATABASE_URL or AUTH_SECRET", async ({
  page,
  browser,
}) => {
  // Two people, a website, a key and a token made through the UI before the scan.
  test.setTimeout(120_000);
  const key = await kinds["website key"](page);
  await closeReveal(page, key.secret);
  const other = await browser.newContext();
  const tokenPage = await other.newPage();
  const token = await kinds["account token"](tokenPage);
  await closeReveal(tokenPage, token.secret);

  const authSecret = process.env.E2E_AUTH_SECRET ?? "";
  expect(authSecret.length).toBeGreaterThanOrEqual(32);
  const needles = [
    key.secret,
    token.secret,
    ...digestForms(key.secret),
    ...digestForms(token.secret),
    authSecret,
    "DATABASE_URL",
    "AUTH_SECRET",
    "postgres://",
    "postgresql://",
  ];

  const bundle = filesUnder(fileURLToPath(new URL("../.next/static", import.meta.url)));
  expect(bundle.some((file) => file.endsWith(".js"))).toBe(true);
  for (const file of bundle) {
    const text = readFileSync(file, "latin1");
    for (const needle of needles)
      expect(text.includes(needle), `${needle.slice(0, 12)}… in ${file}`).toBe(false);
  }

  const payloads = [
    ...(await pagePayloads(page.request, key.url)),
    ...(await pagePayloads(tokenPage.request, token.url)),
  ];
  for (const payload of payloads) {
    for (const needle of needles)
      expect(payload.includes(needle), `${needle.slice(0, 12)}… in a payload`).toBe(false);
  }
  await other.close();
});
