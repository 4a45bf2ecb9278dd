import {
  accountMenu,
  DEMO_PASSWORD,
  demoUsers,
  expect,
  loginAs,
  loginAsDemo,
  newUser,
  signedInTwice,
  signInOverHttp,
  signOutViaMenu,
  signUpViaUi,
  submitSignIn,
  test,
} from "./fixtures";

const SIGN_IN_URL = /\/sign-in(\?|$)/;
const FAILED = "Email or password is incorrect.";

test.describe("sign up, sign out, sign in", () => {
  test("sign up through the UI lands signed in on the websites page", async ({ page }) => {
    const user = await signUpViaUi(page);
    await expect(page.getByRole("heading", { name: "Websites", exact: true })).toBeVisible();
    await expect(page.getByText("No websites yet")).toBeVisible();
    await accountMenu(page, user.name).click();
    await expect(page.getByText(user.email)).toBeVisible();
  });

  test("sign out via the account menu returns to sign-in, and / then redirects to sign-in", async ({
    page,
  }) => {
    const user = await signUpViaUi(page);
    await signOutViaMenu(page, user.name);
    await page.goto("/");
    await expect(page).toHaveURL(SIGN_IN_URL);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  });

  test("a sign-out that cannot reach Keyward says so, and the menu's Sign out works afterwards", async ({
    page,
  }) => {
    const user = await signUpViaUi(page);
    const signOutUrl = "**/api/auth/signout";
    await page.route(signOutUrl, (route) => route.abort("failed"));
    await accountMenu(page, user.name).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText(
      "You are still signed in. Keyward could not be reached.",
    );
    await expect(page).toHaveURL(/\/$/);
    await page.unroute(signOutUrl);
    await signOutViaMenu(page, user.name);
  });

  test("the account menu opens again the moment it has closed", async ({ page }) => {
    const user = await signUpViaUi(page);
    const menu = accountMenu(page, user.name);
    for (let round = 0; round < 3; round++) {
      await menu.click();
      await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
      await page.keyboard.press("Escape");
      // Pressed again at once: a menu that faded out on close swallowed this press.
      await menu.click();
      await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(page.getByRole("menu")).toHaveCount(0);
    }
  });

  test("sign in through the UI after signing out", async ({ page }) => {
    const user = await signUpViaUi(page);
    await signOutViaMenu(page, user.name);
    // The email is matched case-insensitively.
    await submitSignIn(page, user.email.toUpperCase(), user.password);
    await expect(page).toHaveURL(/\/$/);
    await expect(accountMenu(page, user.name)).toBeVisible();
  });

  test("demo owner signs in and sees the seeded websites", async ({ page }) => {
    await submitSignIn(page, demoUsers.owner.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/$/);
    await expect(accountMenu(page, demoUsers.owner.name)).toBeVisible();
    const main = page.getByRole("main");
    for (const domain of ["shop.example.com", "blog.example.com", "docs.example.com"]) {
      await expect(main.getByText(domain, { exact: true })).toBeVisible();
    }
  });

  test("loginAs signs a browser context in over HTTP", async ({ page }) => {
    await loginAsDemo(page, "loner");
    await page.goto("/");
    await expect(accountMenu(page, demoUsers.loner.name)).toBeVisible();
    await expect(page.getByText("No websites yet")).toBeVisible();
  });
});

test.describe("bad sign-in input gets a clear error and signs nobody in", () => {
  test("wrong password shows the generic error and stays on sign-in", async ({ page }) => {
    await submitSignIn(page, demoUsers.member.email, "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: FAILED })).toBeVisible();
    await expect(page).toHaveURL(SIGN_IN_URL);
    await page.goto("/");
    await expect(page).toHaveURL(SIGN_IN_URL);
  });

  test("unknown email gets the same answer as a wrong password", async ({ page }) => {
    await submitSignIn(page, newUser("nobody").email, "whatever-password");
    await expect(page.getByRole("alert").filter({ hasText: FAILED })).toBeVisible();
    await expect(page).toHaveURL(SIGN_IN_URL);
  });

  test("empty fields show field errors on sign-in", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(SIGN_IN_URL);
  });

  test("empty fields show field errors on sign-up", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByRole("button", { name: "Create account" }).click();
    for (const label of ["Name", "Email", "Password"]) {
      await expect(page.getByLabel(label)).toHaveAttribute("aria-invalid", "true");
    }
    await expect(page.getByText("Enter your name.")).toBeVisible();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up(\?|$)/);
  });

  test("a 10 KB email is refused with a clear error by the form and by the server", async ({ page }) => {
    const hugeEmail = `${"a".repeat(10 * 1024)}@keyward.test`;
    await submitSignIn(page, hugeEmail, "some-password");
    await expect(page.getByRole("alert").filter({ hasText: FAILED })).toBeVisible();
    await expect(page).toHaveURL(SIGN_IN_URL);

    // Past the form: the server refuses it too, without a session.
    expect(await signInOverHttp(page.request, hugeEmail, "some-password")).toBe(false);
    await page.goto("/");
    await expect(page).toHaveURL(SIGN_IN_URL);

    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Huge Email");
    await page.getByLabel("Email").fill(hugeEmail);
    await page.getByLabel("Password").fill("long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("That email address is too long.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up(\?|$)/);
  });
});

test.describe("sessions", () => {
  test("S35 sign out everywhere rejects the user's other sessions on their next request", async ({
    browser,
  }) => {
    const { pageA, pageB, user, close } = await signedInTwice(browser);
    try {
      await pageA.goto("/account/sessions");
      await pageA.getByRole("button", { name: "Sign out everywhere" }).click();
      const dialog = pageA.getByRole("alertdialog");
      await expect(dialog).toBeVisible();
      await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
      await expect(pageA).toHaveURL(SIGN_IN_URL);

      // B still holds its cookie, but the session it carries is no longer accepted.
      await pageB.goto("/");
      await expect(pageB).toHaveURL(SIGN_IN_URL);
      await pageB.goto("/account");
      await expect(pageB).toHaveURL(SIGN_IN_URL);

      // Signing in again works.
      await loginAs(pageB, user.email, user.password);
      await pageB.goto("/");
      await expect(accountMenu(pageB, user.name)).toBeVisible();
    } finally {
      await close();
    }
  });

  test("S50 next-auth sign-in without its CSRF token changes nothing; the session cookie is HttpOnly and SameSite=Lax", async ({
    page,
  }) => {
    const user = newUser("csrf");
    const forged = await page.request.post("/api/auth/callback/credentials", {
      form: { email: demoUsers.owner.email, password: DEMO_PASSWORD, json: "true" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBeLessThan(500);
    let cookies = await page.context().cookies();
    expect(cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(false);
    await page.goto("/");
    await expect(page).toHaveURL(SIGN_IN_URL);

    await signUpViaUi(page, user);
    cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session).toBeDefined();
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");

    // Sign-out without the CSRF token does not end the session.
    await page.request.post("/api/auth/signout", { form: { json: "true" }, maxRedirects: 0 });
    await page.goto("/");
    await expect(accountMenu(page, user.name)).toBeVisible();
  });
});
