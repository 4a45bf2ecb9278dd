import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_PASSWORD, demoUsers } from "./fixtures";
import { seededInstance } from "./instances";
import { displayKeyOf, revealedSecret } from "./secret-helpers";

// Sudo mode (S95) in the browser: a session whose last authentication is older than the sudo
// window is asked to confirm who it is before creating a token, and the token is then created
// from what was typed. The session is aged in the database, so this spec runs its own server on
// a fresh PostgreSQL database (E2E_PORT + 12) rather than the suite's embedded one.

const owner = demoUsers.owner;

test.describe("S95 sudo mode in the dashboard", () => {
  test.describe.configure({ mode: "serial" });

  const { base, query } = seededInstance("sudo", 12);

  /** Signs in through the form, then makes every session of the owner an hour past its sign-in. */
  async function signInLongAgo(page: Page) {
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${base}/`);
    await query(
      `UPDATE "Session" SET "authenticatedAt" = now() - interval '1 hour'
       WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
      [owner.email],
    );
  }

  test("S95 creating a token from an old session asks for the password first, then creates what was typed", async ({
    page,
  }) => {
    await signInLongAgo(page);
    await page.goto(`${base}/account/api`);
    await page.getByRole("button", { name: "Create token" }).first().click();
    const create = page.getByRole("dialog", { name: "Create an API token" });
    const tokenName = `Deploy ${randomBytes(3).toString("hex")}`;
    await create.getByLabel("Name").fill(tokenName);
    await create.getByRole("radio", { name: /^Full access/ }).click();
    await create.getByLabel("Expiration").selectOption("never");
    await create.getByRole("button", { name: "Create token" }).click();

    const confirm = page.getByRole("dialog", { name: "Confirm it’s you" });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByLabel("Password")).toBeFocused();
    await confirm.getByLabel("Password").fill("not my password");
    await confirm.getByRole("button", { name: "Confirm" }).click();
    await expect(confirm.getByText("Your current password is incorrect.")).toBeVisible();
    await confirm.getByLabel("Password").fill(DEMO_PASSWORD);
    await confirm.getByRole("button", { name: "Confirm" }).click();
    await expect(confirm).toBeHidden();

    const secret = await revealedSecret(page);
    expect(secret).toMatch(/^dft_/);
    await page.getByRole("button", { name: "I've copied it" }).click();
    const row = page.getByRole("row").filter({ hasText: tokenName });
    await expect(row).toContainText(displayKeyOf(secret));
    await expect(row).toContainText("Full access");

    // Confirmed once: the next sensitive act in this session goes straight through.
    await page.getByRole("button", { name: "Create token" }).first().click();
    await create.getByLabel("Name").fill(`${tokenName} 2`);
    await create.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByRole("dialog", { name: /^Copy your new/ })).toBeVisible();
    await expect(confirm).toBeHidden();
  });

  test("S95 cancelling the confirmation creates nothing and keeps the form as typed", async ({ page }) => {
    await signInLongAgo(page);
    await page.goto(`${base}/account/api`);
    await page.getByRole("button", { name: "Create token" }).first().click();
    const create = page.getByRole("dialog", { name: "Create an API token" });
    await create.getByLabel("Name").fill("Never made");
    await create.getByRole("button", { name: "Create token" }).click();
    const confirm = page.getByRole("dialog", { name: "Confirm it’s you" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    await expect(create).toBeVisible();
    await expect(create.getByLabel("Name")).toHaveValue("Never made");
    await expect(create.getByText(/Confirm it's you to continue/)).toBeVisible();
    const made = await query(`SELECT count(*)::int AS n FROM "AccountToken" WHERE name = 'Never made'`);
    expect(made).toEqual([{ n: 0 }]);
  });

  test("S95 with an authenticator app, the confirmation takes its code; the owner's Team page shows who uses two-factor", async ({
    page,
  }) => {
    await signInLongAgo(page);
    await query(`UPDATE "Session" SET "authenticatedAt" = now()`);
    await page.goto(`${base}/account/security`);
    const section = page.getByRole("region", { name: "Two-factor authentication" });
    await section.getByRole("button", { name: "Set up authenticator app" }).click();
    const secret = Secret.fromBase32(
      (await section.getByLabel("Setup key").inputValue()).replaceAll(" ", ""),
    );
    await section.getByLabel(/Enter the 6-digit code/).fill(TOTP.generate({ secret }));
    await section.getByRole("button", { name: "Turn on" }).click();
    await expect(section.getByRole("heading", { name: "Save your recovery codes" })).toBeFocused();

    await query(`UPDATE "Session" SET "authenticatedAt" = now() - interval '1 hour'`);
    await page.goto(`${base}/account/api`);
    await page.getByRole("button", { name: "Create token" }).first().click();
    const create = page.getByRole("dialog", { name: "Create an API token" });
    const tokenName = `Agent ${randomBytes(3).toString("hex")}`;
    await create.getByLabel("Name").fill(tokenName);
    await create.getByRole("button", { name: "Create token" }).click();
    const confirm = page.getByRole("dialog", { name: "Confirm it’s you" });
    await confirm.getByRole("button", { name: "Use your authenticator app or a recovery code" }).click();
    await expect(confirm.getByLabel("Authentication code")).toBeFocused();
    // One step ahead: later than the step that turned the app on, and still accepted.
    await confirm
      .getByLabel("Authentication code")
      .fill(TOTP.generate({ secret, timestamp: Date.now() + 30_000 }));
    await confirm.getByRole("button", { name: "Confirm" }).click();
    await expect(confirm).toBeHidden();
    expect(await revealedSecret(page)).toMatch(/^dft_/);
    await page.getByRole("button", { name: "I've copied it" }).click();
    await expect(page.getByRole("row").filter({ hasText: tokenName })).toBeVisible();

    const [site] = (await query(
      `SELECT m."websiteId" AS id FROM "Membership" m JOIN "User" u ON u.id = m."userId"
       WHERE u.email = $1 AND m.role = 'owner' LIMIT 1`,
      [owner.email],
    )) as { id: string }[];
    await page.goto(`${base}/websites/${site!.id}/settings/team`);
    const members = page.getByRole("table", { name: /^Members of/ });
    await expect(members.getByRole("columnheader", { name: "Two-factor" })).toBeVisible();
    await expect(members.getByRole("row").filter({ hasText: owner.email })).toContainText("2FA on");
    await expect(members.getByRole("row").filter({ hasText: demoUsers.member.email })).toContainText(
      "2FA off",
    );
  });
});
