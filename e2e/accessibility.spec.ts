import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { accountMenu, demoUsers, expect, loginAsDemo, signUpViaUi, test, type DemoRole } from "./fixtures";
import { closeReveal, revealedSecret } from "./secret-helpers";
import { createKey, createWebsiteViaUi } from "./website-helpers";

// axe (every rule it runs by default, none disabled) finds nothing on any page or open popup, as
// each role, in the light and the dark scheme. Pages are grouped per person to keep the run short.
// The owner (who sees every page) and the signed-out pages are checked on a phone too: the header
// and the dialogs (bottom sheets) are laid out differently there.

// The dark scheme is a media query only (app/globals.css): the DOM is the same in both, so every
// rule runs in the light scheme and the rules that read colours run again in the dark one, on the
// same page state (one visit per page and popup instead of one per scheme).
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

const VIEWPORTS = {
  desktop: null,
  phone: { width: 390, height: 844 },
} as const;
type Viewport = keyof typeof VIEWPORTS;

async function useViewport(page: Page, viewport: Viewport): Promise<void> {
  const size = VIEWPORTS[viewport];
  if (size) await page.setViewportSize(size);
}

const ACCOUNT_PAGES = [
  "/",
  "/account",
  "/account/security",
  "/account/sessions",
  "/account/api",
  "/account/activity",
  "/api-reference",
];

// Whatever is open or popping up: dialogs, alert dialogs, popovers (role="dialog") and menus.
const POPUP = '[role="dialog"]:visible, [role="alertdialog"]:visible, [role="menu"]:visible';

/** Waits for finite animations (fade-ins) to end, so colours are measured at rest. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
  );
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settle(page);
    const axe = new AxeBuilder({ page });
    if (scheme === "dark") axe.withRules(COLOUR_RULES);
    const { violations } = await axe.analyze();
    const found = violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`,
    );
    expect(found, `axe on ${where}, ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function label(trigger: Locator): Promise<string> {
  return (await trigger.getAttribute("aria-label")) ?? (await trigger.innerText()).trim();
}

/** Opens `trigger`, checks the page with its popup open, and closes it with Escape. */
async function checkPopup(page: Page, trigger: Locator, where: string): Promise<void> {
  await trigger.click();
  const popup = page.locator(POPUP).last();
  await expect(popup).toBeVisible();
  await expectNoViolations(page, `${where} with "${await label(trigger)}" open`);
  await page.keyboard.press("Escape");
  await expect(page.locator(POPUP)).toHaveCount(0);
}

/**
 * The page, then every popup its buttons open (dialogs, popovers, menus). With `menuItems`, each
 * item of each menu is chosen too and the dialog it opens is checked (only where choosing an item
 * that acts at once, like Copy, harms nothing).
 */
async function checkPage(page: Page, where: string, { menuItems = false } = {}): Promise<void> {
  await expectNoViolations(page, where);
  const triggers = page.locator("main [aria-haspopup]:visible:enabled");
  const count = await triggers.count();
  for (let i = 0; i < count; i += 1) {
    const trigger = triggers.nth(i);
    await checkPopup(page, trigger, where);
    if (!menuItems || (await trigger.getAttribute("aria-haspopup")) !== "menu") continue;
    await trigger.click();
    const items = await page.getByRole("menuitem").allInnerTexts();
    await page.keyboard.press("Escape");
    for (const item of items) {
      await trigger.click();
      await page.getByRole("menuitem", { name: item.trim(), exact: true }).click();
      if ((await page.locator(POPUP).count()) === 0) continue;
      await expectNoViolations(page, `${where}, "${await label(trigger)}" → "${item.trim()}"`);
      await page.keyboard.press("Escape");
      await expect(page.locator(POPUP)).toHaveCount(0);
    }
  }
}

/** The website's overview and each settings tab this person can see. */
async function websitePages(page: Page, name: string): Promise<string[]> {
  await page.goto("/");
  await page.getByRole("link", { name: new RegExp(`^${name}\\b`) }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const overview = new URL(page.url()).pathname;
  const settings = page.getByRole("navigation", { name: "Website" }).getByRole("link", { name: "Settings" });
  if ((await settings.count()) === 0) return [overview];
  await settings.click();
  const tabs = page.getByRole("navigation", { name: "Website settings" }).getByRole("link");
  await expect(tabs.first()).toBeVisible();
  const hrefs = await tabs.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return [overview, ...hrefs];
}

const CHECKED_ON: Record<"owner" | "member" | "viewer", readonly Viewport[]> = {
  owner: ["desktop", "phone"],
  member: ["desktop"],
  viewer: ["desktop"],
};

for (const [role, viewports] of Object.entries(CHECKED_ON) as [DemoRole, readonly Viewport[]][]) {
  for (const viewport of viewports) {
    const where = (path: string) => `${path} (${role}, ${viewport})`;
    test(`every page and popup as the ${role}, light and dark, ${viewport}: no axe violations`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      await useViewport(page, viewport);
      await loginAsDemo(page, role);
      const pages = [...ACCOUNT_PAGES, ...(await websitePages(page, "Shop"))];
      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator("main h1").first()).toBeVisible();
        await checkPage(page, where(path));
      }
      // The header's account menu, open, over any page.
      await checkPopup(page, accountMenu(page, demoUsers[role].name), where("the account menu"));
    });
  }
}

for (const viewport of Object.keys(VIEWPORTS) as Viewport[]) {
  test(`signed-out pages, the 404s and a person with no websites, ${viewport}: no axe violations`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await useViewport(page, viewport);
    const signedOut = [
      "/sign-in",
      "/sign-up",
      "/forgot-password",
      "/reset-password/not-a-token",
      "/verify-email/not-a-token",
      "/invite/not-a-token",
      "/no/such/page",
    ];
    for (const path of signedOut) {
      await page.goto(path);
      await checkPage(page, `${path} (${viewport})`);
    }
    await loginAsDemo(page, "loner");
    for (const path of ["/", "/websites/00000000-0000-7000-8000-000000000000"]) {
      await page.goto(path);
      await checkPage(page, `${path} (loner, ${viewport})`);
    }
  });
}

test("pages with secrets, their menus and every dialog they open: no axe violations", async ({ page }) => {
  test.setTimeout(240_000);
  await signUpViaUi(page);
  const { websiteId } = await createWebsiteViaUi(page, "axe");
  const developer = `/websites/${websiteId}/settings/developer`;
  await page.goto(developer);
  await createKey(page, "Checkout");
  await expectNoViolations(page, "the website key's one-time reveal");
  await closeReveal(page, await revealedSecret(page));

  await page.goto("/account/api");
  await page.getByRole("button", { name: "Create token" }).first().click();
  const create = page.getByRole("dialog", { name: "Create an API token" });
  await create.getByLabel("Name").fill("Reporting");
  await expectNoViolations(page, "the create-token dialog, filled in");
  await create.getByRole("button", { name: "Create token" }).click();
  await closeReveal(page, await revealedSecret(page));

  for (const path of [developer, "/account/api"]) {
    await page.goto(path);
    await expect(page.getByRole("row").nth(1)).toBeVisible();
    await checkPage(page, `${path} with a secret`, { menuItems: true });
  }
});
