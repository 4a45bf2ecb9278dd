import {
  accountMenu,
  expect,
  loginAsDemo,
  signedInTwice,
  signInOverHttp,
  signUpViaUi,
  test,
} from "./fixtures";

const SIGN_IN_URL = /\/sign-in(\?|$)/;

test("S35 password change signs out the user's other sessions on their next request; this browser stays signed in", async ({
  browser,
}) => {
  const { pageA, pageB, user, close } = await signedInTwice(browser);
  try {
    const newPassword = `${user.password}-new`;
    await pageA.goto("/account/security");
    await pageA.getByLabel("Current password").fill(user.password);
    await pageA.getByLabel("New password").fill(newPassword);
    await pageA.getByRole("button", { name: "Change password" }).click();
    await expect(pageA.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();

    // A signed itself in again; B's cookie is no longer accepted.
    await pageA.goto("/");
    await expect(accountMenu(pageA, user.name)).toBeVisible();
    await pageB.goto("/account");
    await expect(pageB).toHaveURL(SIGN_IN_URL);
    expect(await signInOverHttp(pageB.request, user.email, user.password)).toBe(false);
    expect(await signInOverHttp(pageB.request, user.email, newPassword)).toBe(true);
  } finally {
    await close();
  }
});

test("an owner learns which websites block deleting the account, with a way to each transfer, before any credentials", async ({
  page,
}) => {
  await loginAsDemo(page, "owner");
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Delete account" });
  const owned = section.getByRole("list", { name: "Websites you own" }).getByRole("listitem");
  await expect(owned).toHaveCount(3);
  await expect(owned.filter({ hasText: "shop.example.com" })).toContainText("Shop");
  await expect(section.getByRole("button", { name: "Delete account" })).toHaveCount(0);
  await expect(page.getByLabel("Password")).toHaveCount(0);
  await section.getByRole("link", { name: "Transfer Shop" }).click();
  await expect(page).toHaveURL(/\/websites\/[0-9a-f-]{36}\/settings\/team#transfer-ownership$/);
  await expect(page.getByRole("button", { name: "Transfer ownership" })).toBeInViewport();
});

test("S35 deleting the account signs it out everywhere and it can no longer sign in", async ({ page }) => {
  const user = await signUpViaUi(page);
  await page.goto("/account");
  await page.getByRole("button", { name: "Delete account" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByLabel(/to confirm/).fill(user.email);
  await dialog.getByLabel("Password").fill(user.password);
  await dialog.getByRole("button", { name: "Delete account" }).click();
  await expect(page).toHaveURL(SIGN_IN_URL);
  await page.goto("/");
  await expect(page).toHaveURL(SIGN_IN_URL);
  expect(await signInOverHttp(page.request, user.email, user.password)).toBe(false);
});
