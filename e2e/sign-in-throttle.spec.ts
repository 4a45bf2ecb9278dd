import type { APIRequestContext } from "@playwright/test";
import { expect, newUser, postCredentials, signUpViaUi, submitSignIn, test } from "./fixtures";

// Failures are counted per (email, client address) pair: the first FREE_FAILURES are free, then
// each one doubles the wait (lib/users/sign-in-throttle.ts). Every attempt here also counts
// against 127.0.0.1's ceiling of 30 password checks per 10 seconds, which the suite shares.
const FREE_FAILURES = 5;
const THROTTLED = /^Too many attempts — try again in \d+ (seconds?|minutes?)\.$/;

/**
 * Fails `failures` more times for this email from this address, sitting out the delays, so the
 * next attempt waits several seconds: long enough to be seen waiting.
 */
async function failUntilDelayed(request: APIRequestContext, email: string, failures: number) {
  for (let counted = 0; counted < failures;) {
    const response = await postCredentials(request, email, `wrong-${counted}`);
    if (response.status() === 401) counted += 1;
    else
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers()["retry-after"]) * 1000));
  }
}

test("S64 over HTTP: unknown email and wrong password answer alike, then both are throttled with 429", async ({
  page,
  browser,
}) => {
  const context = await browser.newContext();
  const known = await signUpViaUi(await context.newPage());
  await context.close();
  const unknown = newUser("nobody").email;

  for (let i = 0; i < FREE_FAILURES; i++) {
    const [wrong, missing] = [
      await postCredentials(page.request, known.email, `wrong-${i}`),
      await postCredentials(page.request, unknown, `wrong-${i}`),
    ];
    expect(wrong.status()).toBe(401);
    expect(missing.status()).toBe(wrong.status());
    expect(await missing.text()).toBe(await wrong.text());
  }

  for (const email of [known.email, unknown]) {
    // Even the right password waits once the pair has failed too often.
    await failUntilDelayed(page.request, email, 3);
    const throttled = await postCredentials(page.request, email, known.password);
    expect(throttled.status()).toBe(429);
    expect(Number(throttled.headers()["retry-after"])).toBeGreaterThan(0);
    const { url } = (await throttled.json()) as { url: string };
    expect(new URL(url).searchParams.get("error")).toMatch(/^TooManyAttempts:\d+$/);
  }
  const cookies = await page.context().cookies();
  expect(cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(false);
});

test("S64 the sign-in form says how long to wait, without telling whether the email exists", async ({
  page,
}) => {
  const user = await signUpViaUi(page);
  await page.context().clearCookies();
  await submitSignIn(page, user.email, "wrong-password");
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  // The rest of the failures over HTTP, from the same address: the form then waits several seconds.
  await failUntilDelayed(page.request, user.email, FREE_FAILURES + 2);
  await submitSignIn(page, user.email, user.password);
  await expect(page.getByRole("alert").filter({ hasText: THROTTLED })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
});
