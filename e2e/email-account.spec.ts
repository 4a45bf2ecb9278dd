import type { Page } from "@playwright/test";
import { accountMenu, expect, loginAs, newUser, signUpViaUi, submitSignIn, test } from "./fixtures";
import { mailedLink, mailsTo, verifyEmailViaMail } from "./mail";
import { createWebsiteViaUi } from "./website-helpers";

// Verified email addresses and password reset, end to end: the e2e server mails through the SMTP
// sink of e2e/serve.mjs, and these tests open the links it received.

const SCREENS = "test-results/screens";

/** The owner (fresh, with a fresh website) invites `email` from the Team page; the invitation link. */
async function inviteFromTeamPage(page: Page, email: string): Promise<string> {
  await signUpViaUi(page, newUser("owner"));
  const { websiteId } = await createWebsiteViaUi(page, "verify");
  await page.goto(`/websites/${websiteId}/settings/team`);
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a member" });
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByRole("radio", { name: "Member" }).check();
  await dialog.getByRole("button", { name: "Create invitation" }).click();
  const panel = page.getByRole("dialog", { name: "Invitation ready" });
  return panel.getByLabel("Invitation link").inputValue();
}

test("S89 sign up with an invited email → the invitation waits for the mailed verification link → accept", async ({
  page,
  browser,
}) => {
  const invitee = newUser("invitee");
  const link = await inviteFromTeamPage(page, invitee.email);

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  try {
    await guest.goto(link);
    await guest.getByRole("link", { name: "Create an account" }).click();
    await guest.getByLabel("Name").fill(invitee.name);
    await guest.getByLabel("Password").fill(invitee.password);
    await guest.getByRole("button", { name: "Create account" }).click();
    await expect(guest).toHaveURL(link);

    // Signed in with the invited email, but the mailbox is not proven yet: no accept button.
    await expect(
      guest.getByRole("alert").filter({ hasText: "Verify your email address to accept" }),
    ).toBeVisible();
    await expect(guest.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);
    await guest.getByRole("button", { name: "Resend link" }).click();
    await expect(guest.getByRole("status").filter({ hasText: "We sent a new link." })).toBeVisible();
    await guest.screenshot({ path: `${SCREENS}/verification-pending.png`, fullPage: true });
    // Two links were mailed (sign-up, resend); only the latest works.
    expect(
      (await mailsTo(invitee.email)).filter((mail) => mail.subject.startsWith("Confirm your email")),
    ).toHaveLength(2);

    await verifyEmailViaMail(guest, invitee.email);
    await guest.goto(link);
    await guest.getByRole("button", { name: "Accept invitation" }).click();
    await expect(guest).toHaveURL(/\/websites\/[0-9a-f-]{36}$/);
  } finally {
    await guestContext.close();
  }
});

test("Forgot password? end to end: same answer for unknown emails, single-use link, every other session ends", async ({
  page,
  browser,
}) => {
  const user = newUser("reset");
  const elsewhereContext = await browser.newContext();
  const elsewhere = await elsewhereContext.newPage();
  try {
    await signUpViaUi(elsewhere, user);

    // An unknown email gets the very same answer.
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(newUser("nobody").email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    const answer = page.getByRole("status").filter({ hasText: "Check your email" });
    await expect(answer).toContainText("we sent it a link to choose a new password");

    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await page.getByLabel("Email").fill(user.email);
    await page.screenshot({ path: `${SCREENS}/forgot-password.png`, fullPage: true });
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(answer).toContainText(user.email);
    await page.screenshot({ path: `${SCREENS}/forgot-password-sent.png`, fullPage: true });

    const link = await mailedLink(user.email, /^Reset your Keyward password$/, "reset-password");
    await page.goto(link);
    await page.getByLabel("New password").fill("password12");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "This password is on a list of common or breached passwords. Choose another.",
    );
    const newPassword = `${user.password}-new`;
    await page.getByLabel("New password").fill(newPassword);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();

    // The other device is signed out on its next page; the old password no longer works.
    await elsewhere.reload();
    await expect(elsewhere).toHaveURL(/\/sign-in/);
    await submitSignIn(page, user.email, user.password);
    await expect(
      page.getByRole("alert").filter({ hasText: "Email or password is incorrect." }),
    ).toBeVisible();
    await loginAs(page, user.email, newPassword);
    await page.goto("/");
    await expect(accountMenu(page, user.name)).toBeVisible();

    // The link worked once.
    await page.goto(link);
    await expect(page.getByText("This reset link is not valid")).toBeVisible();
    await expect(page.getByLabel("New password")).toHaveCount(0);
  } finally {
    await elsewhereContext.close();
  }
});

test("sign-up says why a password is refused, once; a taken email gets the same answer and its owner an email", async ({
  page,
  browser,
}) => {
  await page.goto("/sign-up");
  const password = page.getByLabel("Password");
  await page.getByLabel("Name").fill("Short Password");
  await page.getByLabel("Email").fill(newUser("short").email);
  await password.fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/10 characters/)).toHaveCount(1);
  await expect(page.locator("form").getByRole("alert")).toHaveText("Use at least 10 characters.");
  await password.fill("password12");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "This password is on a list of common or breached passwords. Choose another.",
  );
  await expect(page.getByText(/10 characters/)).toHaveCount(0);

  const ownerContext = await browser.newContext();
  try {
    const owner = await signUpViaUi(await ownerContext.newPage());
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill("a different passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
    await expect
      .poll(async () => (await mailsTo(owner.email)).map((mail) => mail.subject))
      .toContain("Someone tried to create a Keyward account with your email address");
  } finally {
    await ownerContext.close();
  }
});
