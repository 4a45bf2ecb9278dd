import type { Page } from "@playwright/test";
import { expect, loginAsDemo, test } from "./fixtures";

// On a slow link a click answers at once: the clicked tab is underlined in the primary colour, a
// bar runs along the top and a polite status says which page is loading, until the page lands.

// Long enough for the checks below to run on a loaded machine while the navigation waits.
const DELAY_MS = 4_000;
/** How long a delayed navigation may take to land on a loaded machine. */
const LANDED_MS = 30_000;

/** Holds every RSC request (client navigations, prefetches) for DELAY_MS, like a slow link. */
async function slowNavigations(page: Page): Promise<void> {
  await page.route(
    (url) => url.searchParams.has("_rsc"),
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
      await route.fallback();
    },
  );
}

function navigationStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: /^Loading / });
}

/**
 * Clicks a tab and checks the feedback while its page loads, then that the page landed. Pages with
 * their own loading.tsx (Activity, Security) show their skeleton (aria-busy) once its prefetch has
 * arrived, the pending tab before that; the others always show the pending tab and the top bar.
 */
async function clickTabOnSlowLink(page: Page, navigation: string, tab: string, { skeleton = false } = {}) {
  const link = page.getByRole("navigation", { name: navigation }).getByRole("link", { name: tab });
  const busy = page.getByRole("main").locator("[aria-busy=true]");
  await link.click();
  const pendingTab = navigationStatus(page).filter({ hasText: `Loading ${tab}…` });
  if (skeleton) {
    await expect(pendingTab.or(busy).first()).toBeVisible();
  } else {
    await expect(pendingTab).toBeVisible();
    await expect(link.locator("[data-pending]")).toBeVisible();
    await expect(page.locator("[data-pending] > div").first()).toBeVisible();
  }
  await expect(link).toHaveAttribute("aria-current", "page", { timeout: LANDED_MS });
  await expect(busy).toHaveCount(0, { timeout: LANDED_MS });
  await expect(navigationStatus(page)).toHaveCount(0);
  await expect(link.locator("[data-pending]")).toHaveCount(0);
}

test("on a slow link, each website settings and account tab shows it is loading until its page lands", async ({
  page,
}) => {
  test.setTimeout(180_000); // nine navigations held for DELAY_MS each
  await loginAsDemo(page, "owner");
  await page.goto("/");
  await page.getByRole("main").getByRole("link").filter({ hasText: "shop.example.com" }).click();
  await page.getByRole("navigation", { name: "Website" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("navigation", { name: "Website settings" })).toBeVisible();

  await slowNavigations(page);
  await clickTabOnSlowLink(page, "Website settings", "Developer");
  await clickTabOnSlowLink(page, "Website settings", "Team");
  await clickTabOnSlowLink(page, "Website settings", "Activity", { skeleton: true });
  await clickTabOnSlowLink(page, "Website settings", "General");
  await clickTabOnSlowLink(page, "Website", "Overview");
  await page.goto("/account");
  await clickTabOnSlowLink(page, "Account settings", "Security", { skeleton: true });
  await clickTabOnSlowLink(page, "Account settings", "Sessions");
  await clickTabOnSlowLink(page, "Account settings", "API");
  await clickTabOnSlowLink(page, "Account settings", "Profile");
});

test("on a slow link, a Transfer link still lands on the transfer card, scrolled into view", async ({
  page,
}) => {
  await loginAsDemo(page, "owner");
  await page.goto("/account");
  await slowNavigations(page);
  await page.getByRole("link", { name: "Transfer Shop" }).click();
  await expect(navigationStatus(page)).toHaveText("Loading Shop's team…");
  await expect(page).toHaveURL(/\/settings\/team#transfer-ownership$/, { timeout: LANDED_MS });
  await expect(page.getByRole("button", { name: "Transfer ownership" })).toBeInViewport();
});
