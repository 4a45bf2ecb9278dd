import { randomBytes } from "node:crypto";
import {
  expect,
  test as base,
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type Page,
} from "@playwright/test";

// Shared helpers for the e2e suite. Accounts are either the demo users the server seeds at
// start-up or fresh users with random emails, so tests never depend on each other or on order.

export const DEMO_PASSWORD = "keyward-demo-2026";
export const demoUsers = {
  owner: { email: "owner@keyward.test", name: "Olivia Owner" },
  member: { email: "member@keyward.test", name: "Max Member" },
  viewer: { email: "viewer@keyward.test", name: "Vera Viewer" },
  loner: { email: "loner@keyward.test", name: "Lee No-Websites" },
} as const;
export type DemoRole = keyof typeof demoUsers;

export type NewUser = { name: string; email: string; password: string };

/** A user nobody has registered yet (random email, valid name and password). */
export function newUser(label = "e2e"): NewUser {
  const id = randomBytes(6).toString("hex");
  return {
    name: `Test ${label} ${id}`,
    email: `${label}-${id}@keyward.test`,
    password: `pw-${randomBytes(9).toString("base64url")}`,
  };
}

/** Fills and submits the sign-up form; resolves once the browser is signed in on "/". */
export async function signUpViaUi(page: Page, user: NewUser = newUser()): Promise<NewUser> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(accountMenu(page, user.name)).toBeVisible();
  return user;
}

/** Fills and submits the sign-in form (does not wait for the outcome). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * next-auth's credentials sign-in over HTTP: what the form does, without rendering it. Returns
 * whether a session cookie was issued; the cookies land in the request context's jar.
 */
export async function signInOverHttp(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<boolean> {
  const response = await postCredentials(request, email, password);
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const failed = !response.ok() || (body.url !== undefined && new URL(body.url).searchParams.has("error"));
  const cookies = await request.storageState();
  return !failed && cookies.cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token"));
}

/** POSTs next-auth's credentials callback as the sign-in form does (with its CSRF token); the raw response. */
export async function postCredentials(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<APIResponse> {
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.ok()).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
}

/** Signs the page's browser context in over HTTP (fast path for tests whose subject is not sign-in). */
export async function loginAs(page: Page, email: string, password: string): Promise<void> {
  const ok = await signInOverHttp(page.request, email, password);
  if (!ok) throw new Error(`loginAs: sign-in failed for ${email}`);
}

/** Signs in as one of the seeded demo users. */
export async function loginAsDemo(page: Page, role: DemoRole): Promise<void> {
  await loginAs(page, demoUsers[role].email, DEMO_PASSWORD);
}

export function accountMenu(page: Page, name: string) {
  return page.getByRole("button", { name: `Account menu for ${name}` });
}

/** Signs out through the header's account menu; resolves on the sign-in page. */
export async function signOutViaMenu(page: Page, name: string): Promise<void> {
  await accountMenu(page, name).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
}

/**
 * A new person signed in on two devices (two browser contexts), both checked signed in: for
 * tests of what one session's act does to the other. Call `close()` when done.
 */
export async function signedInTwice(browser: Browser) {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const pageA = await first.newPage();
  const pageB = await second.newPage();
  const user = await signUpViaUi(pageA);
  await loginAs(pageB, user.email, user.password);
  await pageB.goto("/");
  await expect(accountMenu(pageB, user.name)).toBeVisible();
  return { pageA, pageB, user, close: async () => Promise.all([first.close(), second.close()]) };
}

export const test = base;
export { expect };
