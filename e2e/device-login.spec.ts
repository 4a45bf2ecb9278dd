import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers, expect, loginAsDemo, test, type DemoRole } from "./fixtures";
import { shoot } from "./secret-helpers";

// Device sign-in (RFC 8628, issue 19): a tiny client in plain fetch plays the CLI against the
// production server while Chromium plays the person on /device. Demo people sign in (a sign-up
// costs argon2 work a loaded machine may not finish in time); tokens get unique names and no
// test relies on a count.

type DeviceCode = {
  device_code: string;
  user_code: string;
  verification_uri_complete: string;
  interval: number;
};
type PollAnswer = { error?: string; access_token?: string; token_name?: string; scope?: string };

const GRANT = "urn:ietf:params:oauth:grant-type:device_code";

async function post(baseURL: string, path: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${baseURL}/api/v1/device/${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
}

async function startDevice(baseURL: string, clientName: string): Promise<DeviceCode> {
  const response = await post(baseURL, "code", { client_id: "keyward-cli", client_name: clientName });
  expect(response.status).toBe(200);
  return (await response.json()) as DeviceCode;
}

function pollOnce(baseURL: string, deviceCode: string): Promise<PollAnswer> {
  return post(baseURL, "token", {
    grant_type: GRANT,
    device_code: deviceCode,
    client_id: "keyward-cli",
  }).then((response) => response.json() as Promise<PollAnswer>);
}

/** Polls as a CLI does (RFC 8628 §3.5): waits `interval`, slows down when told, stops at an answer. */
async function pollUntilDecided(baseURL: string, device: DeviceCode): Promise<PollAnswer> {
  let interval = device.interval;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, interval * 1000));
    const answer = await pollOnce(baseURL, device.device_code);
    if (answer.error === "slow_down") interval += 5;
    else if (answer.error !== "authorization_pending") return answer;
  }
}

/** Opens the terminal's link signed out: sign-in first, then back to the very code. */
async function signInThroughDevice(page: Page, device: DeviceCode, role: DemoRole): Promise<void> {
  await page.goto(device.verification_uri_complete);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email").fill(demoUsers[role].email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/device\\?code=${device.user_code}$`), { timeout: 30_000 });
}

test.describe("device sign-in", () => {
  test.setTimeout(120_000);

  test("the polling client receives a working dft_ token once the person approves", async ({
    page,
    baseURL,
  }) => {
    const name = `CLI on e2e-${Date.now().toString(36)}`;
    const device = await startDevice(baseURL!, name);
    const polled = pollUntilDecided(baseURL!, device);
    await signInThroughDevice(page, device, "member");

    await expect(page.getByText(name).first()).toBeVisible();
    await expect(page.getByText(device.user_code)).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue(name);
    await expect(page.getByRole("radio", { name: /^Read-only/ })).toBeChecked();
    await expect(page.getByLabel("Expiration")).toHaveValue("90d");
    await shoot(page, "device-approval");
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("heading", { name: "Device signed in" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("Return to your terminal")).toBeVisible();
    await expect(page.locator("body")).not.toContainText("dft_");

    const answer = await polled;
    expect(answer.access_token).toMatch(/^dft_/);
    expect(answer.token_name).toBe(name);
    const whoami = await fetch(`${baseURL}/api/v1/token`, {
      headers: { Authorization: `Bearer ${answer.access_token}` },
    });
    expect(whoami.status).toBe(200);
    // Single use: the next poll finds the code spent.
    expect(await pollOnce(baseURL!, device.device_code)).toEqual({ error: "expired_token" });

    await page.goto("/account/api");
    await expect(page.getByRole("row").filter({ hasText: name })).toBeVisible();
    await page.goto(device.verification_uri_complete);
    await expect(page.getByRole("heading", { name: "This code was already used" })).toBeVisible();
  });

  test("a denied sign-in answers access_denied and mints nothing", async ({ page, baseURL }) => {
    const name = `CLI on e2e-denied-${Date.now().toString(36)}`;
    const device = await startDevice(baseURL!, name);
    const polled = pollUntilDecided(baseURL!, device);
    await signInThroughDevice(page, device, "viewer");
    await page.getByRole("button", { name: "Deny" }).click();
    await expect(page.getByRole("heading", { name: "Sign-in denied" })).toBeVisible({ timeout: 30_000 });
    expect(await polled).toEqual({ error: "access_denied" });
    await page.goto("/account/api");
    await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  });

  test("an unknown or expired code shows its page; a device code never issued is invalid_grant", async ({
    page,
    baseURL,
  }) => {
    await loginAsDemo(page, "loner");
    await page.goto("/device");
    await page.getByLabel("Code").fill("bbbb-bbbb");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/device\?code=bbbb-bbbb$/);
    await expect(page.getByRole("heading", { name: "This code is unknown or has expired" })).toBeVisible();
    await page.getByRole("link", { name: "Enter another code" }).click();
    await expect(page.getByLabel("Code")).toBeVisible();

    const device = await startDevice(baseURL!, "CLI on e2e-expired");
    expect(await pollOnce(baseURL!, device.device_code)).toEqual({ error: "authorization_pending" });
    expect(await pollOnce(baseURL!, "no-such-device-code")).toEqual({ error: "invalid_grant" });
  });
});
