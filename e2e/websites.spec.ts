import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, loginAsDemo, signUpViaUi, test } from "./fixtures";

// Websites: the list, the create dialog, the website pages and Settings → General, per role.
// Websites are created by fresh users with random domains, so tests never see each other's data;
// the demo member and viewer read the seeded shop.example.com without changing it.

const SHOTS = "/tmp/kw/shots";
const WEBSITE_URL = /\/websites\/[0-9a-f-]{36}$/;

function randomDomain(): string {
  return `site-${randomBytes(5).toString("hex")}.example.org`;
}

function createDialog(page: Page) {
  return page.getByRole("dialog", { name: "New website" });
}

/** Creates a website through the dialog on "/" and returns its id, once its overview shows. */
async function createWebsite(page: Page, domain: string, name?: string): Promise<string> {
  await page.goto("/");
  await page.getByRole("button", { name: "New website" }).first().click();
  const dialog = createDialog(page);
  await dialog.getByLabel("Domain").fill(domain);
  if (name) await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create website" }).click();
  await expect(page).toHaveURL(WEBSITE_URL);
  await expect(page.getByRole("heading", { level: 1, name: name ?? domain })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

/** Opens a website's Settings → General from the websites list, through the navigation. */
async function openGeneralSettings(page: Page, domain: string): Promise<void> {
  await page.goto("/");
  await page.getByRole("main").getByRole("link").filter({ hasText: domain }).click();
  await expect(page).toHaveURL(WEBSITE_URL);
  await page.getByRole("navigation", { name: "Website" }).getByRole("link", { name: "Settings" }).click();
  await expect(
    page.getByRole("navigation", { name: "Website settings" }).getByRole("link", { name: "General" }),
  ).toHaveAttribute("aria-current", "page");
}

/** Full pages; with a dialog open, the viewport (a fixed overlay does not stretch over a full-page capture). */
async function shoot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/websites-${name}.png`, fullPage, animations: "disabled" });
}

test.describe("creating a website", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("a new user creates a website from the empty state and lands on its overview", async ({ page }) => {
    await signUpViaUi(page);
    await expect(page.getByText("No websites yet")).toBeVisible();
    await page.getByRole("button", { name: "New website" }).click();
    const dialog = createDialog(page);

    // The timezone defaults to the browser's.
    const timezone = dialog.getByRole("combobox", { name: "Timezone" });
    await expect(timezone).toHaveValue("Europe/Berlin");

    // A pasted URL becomes its bare host when the field is left; what is still wrong is named,
    // quoting the input as typed (never URL-encoded).
    const domainField = dialog.getByLabel("Domain");
    const create = dialog.getByRole("button", { name: "Create website" });
    await domainField.fill("HTTPS://Nadia-Shop.example.com/pricing");
    await domainField.press("Tab");
    await expect(domainField).toHaveValue("nadia-shop.example.com");
    await domainField.fill("bücher.example/");
    await domainField.blur();
    await expect(domainField).toHaveValue("xn--bcher-kva.example");
    await domainField.fill("my shop.com");
    await create.click();
    await expect(
      dialog.getByText('Remove the spaces from "my shop.com": a domain has none, like shop.example.com.'),
    ).toBeVisible();
    await expect(domainField).toHaveAttribute("aria-invalid", "true");
    await domainField.fill("shop.example.net:8080");
    await create.click();
    await expect(
      dialog.getByText('Remove the port ":8080": enter just the domain, like shop.example.com.'),
    ).toBeVisible();

    // The timezone list filters as you type and is operated from the keyboard; Escape closes the
    // list, not the dialog.
    await timezone.click();
    await timezone.fill("tokyo");
    await expect(dialog.getByRole("option", { name: /Asia\/Tokyo/ })).toBeVisible();
    await timezone.press("Escape");
    await expect(timezone).toHaveAttribute("aria-expanded", "false");
    await expect(dialog).toBeVisible();
    await expect(timezone).toHaveValue("Europe/Berlin");
    await timezone.fill("new york");
    await timezone.press("ArrowDown");
    await timezone.press("ArrowUp");
    await expect(dialog.getByRole("option", { name: /America\/New York/ })).toHaveAttribute(
      "id",
      (await timezone.getAttribute("aria-activedescendant")) ?? "",
    );
    await timezone.fill("tokyo");
    await timezone.press("Enter");
    await expect(timezone).toHaveValue("Asia/Tokyo");
    await expect(dialog).toBeVisible();

    const domain = randomDomain();
    await domainField.fill(domain.toUpperCase());
    await dialog.getByLabel("Name").fill("My shop");
    await dialog.getByLabel("Currency").selectOption("EUR");
    await create.click();

    await expect(page).toHaveURL(WEBSITE_URL);
    await expect(page.getByRole("heading", { level: 1, name: "My shop" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByText(domain, { exact: true })).toBeVisible();
    await expect(main.getByText("Owner", { exact: true })).toBeVisible();
    await expect(main.getByText("No data yet")).toBeVisible();
    await expect(main.getByLabel("Tracking ID", { exact: true })).toHaveText(/^dfid_[A-Za-z0-9_-]+$/);
    await expect(main.getByText("Asia/Tokyo", { exact: true })).toBeVisible();
    await expect(main.getByText("EUR", { exact: true })).toBeVisible();
    // The header's switcher names the current website.
    await expect(page.getByRole("banner").getByRole("button", { name: "My shop" })).toBeVisible();
  });

  test("a domain already in the account is refused on the domain field", async ({ page }) => {
    await signUpViaUi(page);
    const domain = randomDomain();
    await createWebsite(page, domain);

    await page.goto("/");
    await page.getByRole("button", { name: "New website" }).click();
    const dialog = createDialog(page);
    await dialog.getByLabel("Domain").fill(domain);
    await dialog.getByRole("button", { name: "Create website" }).click();
    await expect(
      dialog.getByRole("alert").filter({ hasText: `You already have a website for ${domain}.` }),
    ).toBeVisible();
    await expect(dialog.getByLabel("Domain")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/$/);
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("main").getByRole("link").filter({ hasText: domain })).toHaveCount(1);
  });
});

test.describe("Settings → General by role", () => {
  test("a member edits settings but cannot delete the website, and sees why", async ({ page }) => {
    await loginAsDemo(page, "member");
    await openGeneralSettings(page, "shop.example.com");
    const main = page.getByRole("main");
    await expect(main.getByText("Member", { exact: true })).toBeVisible();
    await expect(main.getByLabel("Domain")).toHaveValue("shop.example.com");
    await expect(main.getByRole("button", { name: "Save changes" })).toBeDisabled();
    await expect(main.getByRole("button", { name: "Delete website" })).toHaveCount(0);
    await expect(main.getByText("Only owners can delete this website.")).toBeVisible();
  });

  test("a viewer sees General read-only, with the reason", async ({ page }) => {
    await loginAsDemo(page, "viewer");
    await openGeneralSettings(page, "shop.example.com");
    const main = page.getByRole("main");
    await expect(main.getByText("Read-only")).toBeVisible();
    await expect(main.getByText("Viewers can't change this website's settings.")).toBeVisible();
    await expect(main.getByText("shop.example.com", { exact: true }).last()).toBeVisible();
    await expect(main.getByRole("textbox")).toHaveCount(0);
    await expect(main.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(main.getByRole("button", { name: "Delete website" })).toHaveCount(0);
    await expect(main.getByText("Only owners can delete this website.")).toBeVisible();
  });

  test("an owner saves a change; a duplicate domain is refused on the field", async ({ page }) => {
    await signUpViaUi(page);
    const first = randomDomain();
    await createWebsite(page, first);
    const second = randomDomain();
    await createWebsite(page, second);
    await openGeneralSettings(page, second);
    const main = page.getByRole("main");

    await main.getByLabel("Domain").fill(first);
    await main.getByRole("button", { name: "Save changes" }).click();
    await expect(
      main.getByRole("alert").filter({ hasText: `You already have a website for ${first}.` }),
    ).toBeVisible();

    await main.getByLabel("Domain").fill(second);
    await main.getByLabel("Name").fill("Renamed site");
    await main.getByRole("button", { name: "Save changes" }).click();
    await expect(main.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Renamed site" })).toBeVisible();
  });
});

test("the websites list searches by name or domain, and says when nothing matches", async ({ page }) => {
  await loginAsDemo(page, "viewer");
  const list = page.getByRole("list", { name: "Your websites" });
  await page.goto("/?q=BLOG");
  await expect(page.getByRole("searchbox", { name: "Search websites by name or domain" })).toHaveValue(
    "BLOG",
  );
  await expect(list.getByRole("link")).toHaveCount(1);
  await expect(list.getByRole("link", { name: /Blog/ })).toBeVisible();

  const search = page.getByRole("searchbox", { name: "Search websites by name or domain" });
  await search.fill("nothing-like-this");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/\?q=nothing-like-this$/);
  await expect(page.getByRole("heading", { level: 2, name: "No websites match" })).toBeVisible();
  await expect(
    page.getByText("None of your websites has “nothing-like-this” in its name or domain."),
  ).toBeVisible();

  await page.getByRole("link", { name: "Show all websites" }).click();
  await expect(page).toHaveURL(/\/$/);
  for (const name of ["Shop", "Blog", "Docs"]) await expect(list.getByRole("link", { name })).toBeVisible();
  // Under a page of websites and with no search, there is nothing to search or page.
  await expect(page.getByRole("search", { name: "Websites" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Website pages" })).toHaveCount(0);
});

test("an owner deletes a website after typing its domain exactly", async ({ page }) => {
  await signUpViaUi(page);
  const domain = randomDomain();
  const id = await createWebsite(page, domain);
  await openGeneralSettings(page, domain);

  await page.getByRole("button", { name: "Delete website" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Delete ${domain}?` });
  const confirmation = dialog.getByLabel(`Type ${domain} to confirm`);
  await expect(confirmation).toBeFocused();
  const confirm = dialog.getByRole("button", { name: "Delete website" });
  await expect(confirm).toBeDisabled();
  for (const wrong of ["nope", domain.slice(0, -1), domain.toUpperCase(), `${domain} `]) {
    await confirmation.fill(wrong);
    await expect(confirm).toBeDisabled();
  }
  await confirmation.fill(domain);
  await expect(confirm).toBeEnabled();
  await confirm.click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("No websites yet")).toBeVisible();
  await page.goto(`/websites/${id}`);
  await expect(page.getByRole("heading", { name: "Website not found" })).toBeVisible();
});

test("a website the person cannot see looks exactly like one that does not exist", async ({
  page,
  browser,
}) => {
  await loginAsDemo(page, "owner");
  await page.goto("/");
  await page.getByRole("main").getByRole("link").filter({ hasText: "shop.example.com" }).click();
  await expect(page).toHaveURL(WEBSITE_URL);
  const shop = new URL(page.url()).pathname;

  const outsider = await browser.newContext();
  const other = await outsider.newPage();
  await loginAsDemo(other, "loner");
  const hidden = await other.goto(shop);
  const hiddenText = await other.getByRole("main").innerText();
  const missing = await other.goto(`/websites/${randomUUID()}`);
  const missingText = await other.getByRole("main").innerText();
  expect(hidden?.status()).toBe(404);
  expect(missing?.status()).toBe(404);
  expect(hiddenText).toBe(missingText);
  await expect(other.getByRole("heading", { name: "Website not found" })).toBeVisible();
  await outsider.close();
});

test.describe("screenshots", () => {
  for (const [label, size] of [
    ["desktop", { width: 1280, height: 860 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    test(`websites pages at ${label} width`, async ({ page, browser }) => {
      await page.setViewportSize(size);
      await loginAsDemo(page, "owner");
      await page.goto("/");
      await expect(page.getByRole("main").getByText("shop.example.com", { exact: true })).toBeVisible();
      await shoot(page, `${label}-list`);

      await page.getByRole("button", { name: "New website" }).click();
      const dialog = createDialog(page);
      await dialog.getByLabel("Domain").fill("my shop.example.net");
      await dialog.getByRole("button", { name: "Create website" }).click();
      await dialog.getByRole("combobox", { name: "Timezone" }).fill("new");
      await shoot(page, `${label}-create-dialog`, { fullPage: false });
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");

      await page.getByRole("main").getByRole("link").filter({ hasText: "shop.example.com" }).click();
      // The demo shop has a month of made-up visits: its numbers and chart show.
      await expect(page.getByRole("img", { name: /^Visitors per day/ })).toBeVisible();
      await shoot(page, `${label}-overview`);
      await page.getByRole("banner").getByRole("button", { name: "Shop" }).click();
      await expect(page.getByRole("menuitem", { name: /Blog/ })).toBeVisible();
      await shoot(page, `${label}-switcher`, { fullPage: false });
      await page.keyboard.press("Escape");

      await page.getByRole("navigation", { name: "Website" }).getByRole("link", { name: "Settings" }).click();
      await expect(page.getByRole("button", { name: "Delete website" })).toBeVisible();
      await shoot(page, `${label}-settings-owner`);
      await page.getByRole("button", { name: "Delete website" }).click();
      await page.getByLabel("Type shop.example.com to confirm").fill("shop.example");
      await shoot(page, `${label}-delete-dialog`, { fullPage: false });
      await page.getByRole("button", { name: "Cancel" }).click();

      await page
        .getByRole("navigation", { name: "Website settings" })
        .getByRole("link", { name: "Team" })
        .click();
      // The Team page renders a table (wide screens) and cards (phones): only one of them shows.
      await expect(
        page.getByRole("main").getByText("Vera Viewer", { exact: true }).filter({ visible: true }),
      ).toBeVisible();
      await shoot(page, `${label}-team`);

      const viewerContext = await browser.newContext({ viewport: size });
      const viewer = await viewerContext.newPage();
      await loginAsDemo(viewer, "viewer");
      await openGeneralSettings(viewer, "shop.example.com");
      await shoot(viewer, `${label}-settings-viewer`);
      await viewer
        .getByRole("navigation", { name: "Website" })
        .getByRole("link", { name: "Overview" })
        .click();
      // A viewer reads the analytics too.
      await expect(viewer.getByRole("img", { name: /^Visitors per day/ })).toBeVisible();
      await shoot(viewer, `${label}-overview-viewer`);
      await viewerContext.close();

      const emptyContext = await browser.newContext({ viewport: size });
      const empty = await emptyContext.newPage();
      await loginAsDemo(empty, "loner");
      await empty.goto("/");
      await expect(empty.getByText("No websites yet")).toBeVisible();
      await shoot(empty, `${label}-empty`);
      await emptyContext.close();
    });
  }
});
