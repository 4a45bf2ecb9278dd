import { clearOfWindowEdge } from "../test/window-edge";
import { expect, newUser, postCredentials, signUpViaUi, submitSignIn, test } from "./fixtures";

// Every failed attempt here also counts against 127.0.0.1's per-address limit (100 per 15 min),
// which the whole suite shares: this file spends 33 of them.
const FAILURES_PER_EMAIL = 10;
const THROTTLED = /^Too many attempts — try again in \d+ minutes?\.$/;

// Each test counts to the limit on the server's real clock, in 15-minute windows; the wait
// for a window's edge, up to a minute, comes on top of the test's own time.
test.beforeEach(async ({}, testInfo) => {
  testInfo.setTimeout(testInfo.timeout + 70_000);
  await clearOfWindowEdge(15 * 60_000, 60_000);
});

test("S64 over HTTP: unknown email and wrong password answer alike, then both are throttled with 429", async ({
  page,
  browser,
}) => {
  const context = await browser.newContext();
  const known = await signUpViaUi(await context.newPage());
  await context.close();
  const unknown = newUser("nobody").email;

  for (let i = 0; i < FAILURES_PER_EMAIL; i++) {
    const [wrong, missing] = [
      await postCredentials(page.request, known.email, `wrong-${i}`),
      await postCredentials(page.request, unknown, `wrong-${i}`),
    ];
    expect(wrong.status()).toBe(401);
    expect(missing.status()).toBe(wrong.status());
    expect(await missing.text()).toBe(await wrong.text());
  }

  for (const email of [known.email, unknown]) {
    // Even the right password is refused once the account is throttled.
    const throttled = await postCredentials(page.request, email, known.password);
    expect(throttled.status()).toBe(429);
    expect(Number(throttled.headers()["retry-after"])).toBeGreaterThan(0);
    const { url } = (await throttled.json()) as { url: string };
    expect(new URL(url).searchParams.get("error")).toMatch(/^TooManyAttempts:\d+$/);
  }
  const cookies = await page.context().cookies();
  expect(cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(false);
});

test("S64 the sign-in form says to try again in N minutes, without telling whether the email exists", async ({
  page,
}) => {
  const user = await signUpViaUi(page);
  await page.context().clearCookies();
  for (let i = 0; i < FAILURES_PER_EMAIL; i++) {
    await submitSignIn(page, user.email, `wrong-password-${i}`);
    await expect(
      page.getByRole("alert").filter({ hasText: "Email or password is incorrect." }),
    ).toBeVisible();
  }
  await submitSignIn(page, user.email, user.password);
  await expect(page.getByRole("alert").filter({ hasText: THROTTLED })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
});
