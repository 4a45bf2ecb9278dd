import { expect, loginAsDemo, test } from "./fixtures";

test("an unknown address gets Keyward's own 404: a title, a main landmark and a way home", async ({
  page,
}) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found · Keyward");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await main.getByRole("link", { name: "Go to Keyward" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a website that is not yours: a branded website 404 with a title and a way home", async ({ page }) => {
  await loginAsDemo(page, "loner");
  await page.goto("/websites/00000000-0000-7000-8000-000000000000");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Website not found" })).toBeVisible();
  await expect(page).toHaveTitle("Website not found · Keyward");
  await main.getByRole("link", { name: "Go to your websites" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("every page of a website answers 404 to an outsider, as for a website that does not exist", async ({
  page,
}) => {
  await loginAsDemo(page, "owner");
  await page.goto("/");
  const shop = await page
    .getByRole("main")
    .getByRole("link")
    .filter({ hasText: "shop.example.com" })
    .getAttribute("href");
  await page.context().clearCookies();
  await loginAsDemo(page, "loner");
  for (const website of [shop, "/websites/00000000-0000-7000-8000-000000000000"]) {
    for (const subpage of ["", "/settings", "/settings/team", "/settings/developer", "/settings/activity"]) {
      const response = await page.goto(`${website}${subpage}`);
      expect(response?.status(), `${website}${subpage}`).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Website not found" })).toBeVisible();
    }
  }
});

test("the first Tab stop skips the header: Enter lands on the page's content", async ({ page }) => {
  await loginAsDemo(page, "owner");
  await page.goto("/account");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});
