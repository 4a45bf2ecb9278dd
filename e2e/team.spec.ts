import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { demoUsers, expect, loginAsDemo, newUser, signUpViaUi, test, type NewUser } from "./fixtures";
import {
  DF,
  callApi,
  closeReveal,
  expectRefused,
  postApi,
  revealedSecret,
  shoot,
  uniqueName,
} from "./secret-helpers";
import { createWebsiteViaUi } from "./website-helpers";
import { verifyEmailViaMail } from "./mail";

// Website settings → Team (issue 6). Every test makes its own owner (a fresh user) and a fresh
// website, so invitations, roles and removals never touch another test's data; the demo member
// only reads the seeded shop.example.com.

const INVITE_URL = /\/invite\/[0-9A-Za-z]{43}$/;

type Site = { websiteId: string; domain: string };

/** A fresh owner creates a fresh website and opens its Team settings. */
async function ownerWithWebsite(page: Page, label = "owner"): Promise<NewUser & Site> {
  const owner = await signUpViaUi(page, newUser(label));
  const { websiteId, domain } = await createWebsiteViaUi(page, "team");
  await openTeam(page, websiteId);
  return { ...owner, websiteId, domain };
}

async function openTeam(page: Page, websiteId: string): Promise<void> {
  await page.goto(`/websites/${websiteId}/settings/team`);
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
}

function inviteDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "Invite a member" });
}

/** Invites through the dialog; returns the link from the one-time panel, which stays open. */
async function invite(
  page: Page,
  email: string,
  role: "Member" | "Viewer",
): Promise<{ link: string; panel: Locator }> {
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = inviteDialog(page);
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByRole("radio", { name: role }).check();
  await dialog.getByRole("button", { name: "Create invitation" }).click();
  const panel = page.getByRole("dialog", { name: "Invitation ready" });
  await expect(panel).toContainText("expires in 7 days");
  const link = await panel.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(INVITE_URL);
  return { link, panel };
}

/**
 * Signs up from an invitation page (email pre-filled), comes back to it signed in, verifies the
 * address with the mailed link (accepting needs it) and returns to the invitation.
 */
async function signUpThroughInvitation(guest: Page, link: string, user: NewUser): Promise<void> {
  await guest.getByRole("link", { name: "Create an account" }).click();
  await expect(guest).toHaveURL(/\/sign-up\?/);
  await expect(guest.getByLabel("Email")).toHaveValue(user.email);
  await guest.getByLabel("Name").fill(user.name);
  await guest.getByLabel("Password").fill(user.password);
  await guest.getByRole("button", { name: "Create account" }).click();
  await expect(guest).toHaveURL(link);
  await verifyEmailViaMail(guest, user.email);
  await guest.goto(link);
}

async function accept(guest: Page, site: Site, role: "Member" | "Viewer"): Promise<void> {
  await guest.getByRole("button", { name: "Accept invitation" }).click();
  await expect(guest).toHaveURL(new RegExp(`/websites/${site.websiteId}$`));
  const title = guest.getByRole("heading", { level: 1, name: site.domain });
  await expect(title).toBeVisible();
  await expect(title.locator("xpath=..")).toContainText(role);
}

async function guestPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** A person's or an invitation's row: a table row on wide screens, a card on phones. */
/** Signs in as the demo member; the seeded shop.example.com's address. */
async function demoShopAsMember(page: Page): Promise<string | null> {
  await loginAsDemo(page, "member");
  await page.goto("/");
  return page
    .getByRole("main")
    .getByRole("link")
    .filter({ hasText: "shop.example.com" })
    .getAttribute("href");
}

function memberRow(page: Page, email: string): Locator {
  return page.getByRole("row").or(page.getByRole("listitem")).filter({ hasText: email });
}

test("the owner invites by copied link; the invitee signs up through it, is demoted with a warning, then removed", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const owner = await ownerWithWebsite(page);
  const invitee = newUser("invitee");

  // Invite (the address is trimmed and lower-cased) and copy the link through the clipboard.
  const { panel } = await invite(page, `  ${invitee.email.toUpperCase()} `, "Member");
  await expect(panel).toContainText(invitee.email);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await panel.getByRole("button", { name: "Copy link" }).click();
  await expect(panel.getByRole("button", { name: "Copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(INVITE_URL);
  expect(link.startsWith(`${baseURL}/invite/`)).toBe(true);
  await panel.getByRole("button", { name: "Done" }).click();
  const pending = memberRow(page, invitee.email);
  await expect(pending).toContainText(owner.name);
  await expect(pending).toContainText("Member");

  const { context: guestContext, page: guest } = await guestPage(browser);
  try {
    // Signed out: the page names the website, the role and who invited; sign-up keeps the email.
    await guest.goto(link);
    await expect(guest.getByRole("heading", { name: `Join ${owner.domain}` })).toBeVisible();
    await expect(guest.getByRole("main")).toContainText(owner.name);
    await signUpThroughInvitation(guest, link, invitee);
    await accept(guest, owner, "Member");

    // As a member the invitee makes an account token (full access, all websites) and a website key.
    await guest.goto("/account/api");
    await guest.getByRole("button", { name: "Create token" }).first().click();
    const tokenDialog = guest.getByRole("dialog", { name: "Create an API token" });
    const tokenName = uniqueName("Deploy bot");
    await tokenDialog.getByLabel("Name").fill(tokenName);
    await tokenDialog.getByRole("radio", { name: /^Full access/ }).click();
    await tokenDialog.getByRole("button", { name: "Create token" }).click();
    await closeReveal(guest, await revealedSecret(guest));
    await guest.goto(`/websites/${owner.websiteId}/settings/developer`);
    const keyName = uniqueName("Invitee server");
    await guest.getByRole("button", { name: "Create key" }).first().click();
    const keyDialog = guest.getByRole("dialog", { name: "Create an API key" });
    await keyDialog.getByLabel("Name").fill(keyName);
    await keyDialog.getByRole("button", { name: "Create key" }).click();
    await closeReveal(guest, await revealedSecret(guest));

    // The owner sees the new member (no longer pending) and demotes them after the impact warning.
    await openTeam(page, owner.websiteId);
    await expect(page.getByText("No pending invitations")).toBeVisible();
    await expect(memberRow(page, invitee.email)).toContainText("Member");
    await page.getByRole("button", { name: `Change role of ${invitee.name}` }).click();
    const change = page.getByRole("alertdialog", { name: `Change ${invitee.name}'s role?` });
    await expect(change.getByRole("radio", { name: "Viewer" })).toBeChecked();
    const warning = change.getByRole("alert");
    await expect(warning).toContainText("1 token loses");
    await expect(warning).toContainText(tokenName);
    await expect(warning).toContainText("funnels:write");
    await shoot(page, "team-impact-warning-1280", false);
    await change.getByRole("button", { name: "Make viewer" }).click();
    await expect(change).toBeHidden();
    await expect(
      page.getByRole("status").filter({ hasText: `${invitee.name} is now a viewer.` }),
    ).toBeVisible();
    await expect(memberRow(page, invitee.email)).toContainText("Viewer");

    // The invitee's next page reflects the new role.
    await guest.reload();
    await expect(
      guest.getByText("Viewers can't create, roll and revoke this website's API keys."),
    ).toBeVisible();
    await expect(guest.getByRole("button", { name: "Create key" })).toHaveCount(0);

    // Removal: the impact first, then the offboarding panel offers to roll the key they made.
    await page.getByRole("button", { name: `Remove ${invitee.name}` }).click();
    const remove = page.getByRole("alertdialog", { name: `Remove ${invitee.name} from ${owner.domain}?` });
    await expect(remove.getByRole("alert")).toContainText("1 token loses");
    await remove.getByRole("button", { name: `Remove ${invitee.name}` }).click();
    const offboarding = page.getByRole("region", {
      name: `${invitee.name} was removed from ${owner.domain}`,
    });
    await expect(offboarding).toContainText("Their account tokens lost this website");
    await expect(offboarding).toContainText(keyName);
    await expect(memberRow(page, invitee.email)).toHaveCount(0);
    await offboarding.getByRole("button", { name: `Roll ${keyName}` }).click();
    await page
      .getByRole("alertdialog", { name: `Roll “${keyName}”?` })
      .getByRole("button", { name: "Roll secret" })
      .click();
    await closeReveal(page, await revealedSecret(page));
    await expect(offboarding).toContainText("Rolled");
    await shoot(page, "team-offboarding-1280");

    // Their access is gone: the website is "not found" for them now.
    const gone = await guest.goto(`/websites/${owner.websiteId}`);
    expect(gone?.status()).toBe(404);
    await expect(guest.getByRole("heading", { name: "Website not found" })).toBeVisible();
  } finally {
    await guestContext.close();
  }
});

test("S76 the keys a member stands behind (and a key minted with theirs) are rolled at demotion with Roll all, then revoked with the removal", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const owner = await ownerWithWebsite(page);
  const member = newUser("keys");
  const { link, panel } = await invite(page, member.email, "Member");
  await panel.getByRole("button", { name: "Done" }).click();

  const { context: guestContext, page: guest } = await guestPage(browser);
  let first = "";
  let minted = "";
  const firstName = uniqueName("Member server");
  const mintedName = uniqueName("Minted with it");
  try {
    await guest.goto(link);
    await signUpThroughInvitation(guest, link, member);
    await accept(guest, owner, "Member");
    // A key made in the dashboard, and one minted through the API with it (S76's K1 and K2).
    await guest.goto(`/websites/${owner.websiteId}/settings/developer`);
    await guest.getByRole("button", { name: "Create key" }).first().click();
    const keyDialog = guest.getByRole("dialog", { name: "Create an API key" });
    await keyDialog.getByLabel("Name").fill(firstName);
    await keyDialog.getByRole("button", { name: "Create key" }).click();
    first = await revealedSecret(guest);
    await closeReveal(guest, first);
  } finally {
    await guestContext.close();
  }
  const mint = await postApi(request, `/api/v1/admin/websites/${owner.websiteId}/apikeys`, first, {
    name: mintedName,
  });
  expect(mint.status(), await mint.text()).toBe(200);
  minted = ((await mint.json()) as { data: { key: string }[] }).data[0]?.key ?? "";
  expect(minted).toMatch(DF);

  // The Developer page shows where the minted key came from; the owner renames it.
  await page.goto(`/websites/${owner.websiteId}/settings/developer`);
  const mintedRow = page.getByRole("row").filter({ hasText: mintedName });
  await expect(mintedRow).toContainText(`Made with “${firstName}”`);
  await expect(mintedRow).toContainText(member.name);
  await mintedRow.getByRole("button", { name: `Rename ${mintedName}` }).click();
  const rename = page.getByRole("dialog", { name: `Rename “${mintedName}”` });
  const renamed = `${mintedName} (renamed)`;
  await rename.getByLabel("Name").fill(renamed);
  await rename.getByRole("button", { name: "Save name" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `API key renamed to “${renamed}”.` }),
  ).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: renamed })).toHaveCount(1);

  // Demotion: the dialog lists both keys; without the box they are flagged, and Roll all rolls them.
  await openTeam(page, owner.websiteId);
  await page.getByRole("button", { name: `Change role of ${member.name}` }).click();
  const change = page.getByRole("alertdialog", { name: `Change ${member.name}'s role?` });
  const behind = change.getByRole("list", { name: `API keys ${member.name} stands behind` });
  await expect(behind.getByRole("listitem")).toHaveCount(2);
  await expect(behind).toContainText(firstName);
  await expect(behind).toContainText(renamed);
  await expect(change.getByRole("checkbox", { name: "Revoke their keys now" })).not.toBeChecked();
  await change.getByRole("button", { name: "Make viewer" }).click();
  const demoted = page.getByRole("region", { name: `${member.name} is now a viewer on ${owner.domain}` });
  await expect(demoted.getByRole("listitem")).toHaveCount(2);
  await demoted.getByRole("button", { name: "Roll all" }).click();
  const secrets = page.getByRole("dialog", { name: "Copy the new secrets" });
  await expect(secrets.getByRole("textbox")).toHaveCount(2);
  const rolled = await Promise.all([0, 1].map((i) => secrets.getByRole("textbox").nth(i).inputValue()));
  for (const secret of rolled) expect(secret).toMatch(DF);
  await shoot(page, "team-roll-all-1280", false);
  await secrets.getByRole("button", { name: "I've copied them" }).click();
  await expect(demoted.getByText("Rolled", { exact: true })).toHaveCount(2);
  for (const old of [first, minted])
    expectRefused((await callApi(request, "/api/v1/analytics/overview", old)).status());
  for (const secret of rolled)
    expect((await callApi(request, "/api/v1/analytics/overview", secret)).status()).toBe(200);

  // Removal with "Revoke their keys now": both end with it.
  await page.getByRole("button", { name: `Remove ${member.name}` }).click();
  const remove = page.getByRole("alertdialog", { name: `Remove ${member.name} from ${owner.domain}?` });
  await expect(
    remove.getByRole("list", { name: `API keys ${member.name} stands behind` }).getByRole("listitem"),
  ).toHaveCount(2);
  await remove.getByRole("checkbox", { name: "Revoke their keys now" }).check();
  await shoot(page, "team-remove-revoke-keys-1280", false);
  await remove.getByRole("button", { name: `Remove ${member.name}` }).click();
  const removed = page.getByRole("region", { name: `${member.name} was removed from ${owner.domain}` });
  await expect(removed).toContainText("You revoked the 2 API keys they stood behind here");
  await expect(removed.getByRole("button", { name: "Roll all" })).toHaveCount(0);
  for (const secret of rolled)
    expectRefused((await callApi(request, "/api/v1/analytics/overview", secret)).status());
  await page.goto(`/websites/${owner.websiteId}/settings/developer`);
  await expect(page.getByText("No API keys yet")).toBeVisible();
});

test("a viewer joins while signed in, sees the team read-only; ownership moves to them and the old owner leaves", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const owner = await ownerWithWebsite(page);

  // The owner can't leave and has nobody to transfer to yet.
  const leave = page.getByRole("button", { name: "Leave website" });
  await expect(leave).toBeDisabled();
  await expect(
    page.getByText("You own this website, so you can't leave it: transfer ownership first."),
  ).toBeVisible();
  await expect(
    page.getByText("Invite someone first: ownership can only go to a member of this website."),
  ).toBeVisible();

  // Refusals come back on the email field.
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = inviteDialog(page);
  await dialog.getByLabel("Email").fill(owner.email);
  await dialog.getByRole("button", { name: "Create invitation" }).click();
  await expect(dialog.getByText("You can't invite yourself.")).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();

  const { context: guestContext, page: guest } = await guestPage(browser);
  try {
    const viewer = await signUpViaUi(guest, newUser("viewer"));
    await verifyEmailViaMail(guest, viewer.email);
    const { link, panel } = await invite(page, viewer.email, "Viewer");
    await panel.getByRole("button", { name: "Done" }).click();
    await page.getByRole("button", { name: "Invite member" }).click();
    await inviteDialog(page).getByLabel("Email").fill(viewer.email);
    await inviteDialog(page).getByRole("button", { name: "Create invitation" }).click();
    await expect(
      inviteDialog(page).getByText(`${viewer.email} already has a pending invitation. Resend or revoke it.`),
    ).toBeVisible();
    await inviteDialog(page).getByRole("button", { name: "Cancel" }).click();

    // Already signed in with the invited email: one click.
    await guest.goto(link);
    await expect(guest.getByText(`You're signed in as ${viewer.email}.`)).toBeVisible();
    await accept(guest, owner, "Viewer");

    // Read-only for a viewer, with the reason; they may leave.
    await openTeam(guest, owner.websiteId);
    await expect(guest.getByText("Only owners can invite members.")).toBeVisible();
    await expect(guest.getByRole("button", { name: "Invite member" })).toHaveCount(0);
    await expect(guest.getByRole("button", { name: /^Change role/ })).toHaveCount(0);
    await expect(guest.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
    await expect(guest.getByRole("button", { name: "Leave website" })).toBeEnabled();

    // The owner hands the website over, confirmed by typing the new owner's email.
    await openTeam(page, owner.websiteId);
    await page.getByRole("button", { name: "Transfer ownership" }).click();
    const transfer = page.getByRole("alertdialog", { name: `Transfer ownership of ${owner.domain}?` });
    await transfer
      .getByLabel("New owner")
      .selectOption({ label: `${viewer.name} (${viewer.email}) · Viewer` });
    const confirm = transfer.getByRole("button", { name: "Transfer ownership" });
    await expect(confirm).toBeDisabled();
    await transfer.getByLabel(`Type ${viewer.email} to confirm`).fill(viewer.email);
    await confirm.click();
    await expect(transfer).toBeHidden();
    await expect(page.getByText("Only owners can invite members.")).toBeVisible();
    await expect(memberRow(page, viewer.email)).toContainText("Owner");
    await expect(memberRow(page, owner.email)).toContainText("Member");

    // Now a member, the old owner leaves and lands on their (empty) websites list.
    await page.getByRole("button", { name: "Leave website" }).click();
    await page
      .getByRole("alertdialog", { name: `Leave ${owner.domain}?` })
      .getByRole("button", { name: "Leave website" })
      .click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText("No websites yet")).toBeVisible();

    // The new owner can't leave either.
    await openTeam(guest, owner.websiteId);
    await expect(guest.getByRole("button", { name: "Invite member" })).toBeVisible();
    await expect(guest.getByRole("button", { name: "Leave website" })).toBeDisabled();
  } finally {
    await guestContext.close();
  }
});

test("invitation links: a new link kills the old one, revoking closes it, and bad links get a clear page", async ({
  page,
  browser,
}) => {
  const owner = await ownerWithWebsite(page);
  const email = `${uniqueName("later").replace(" ", "-")}@keyward.test`;
  const { link: first, panel } = await invite(page, email, "Member");
  await panel.getByRole("button", { name: "Done" }).click();

  const row = memberRow(page, email);
  await row.getByRole("button", { name: `Copy new link for ${email}` }).click();
  const renew = page.getByRole("alertdialog", { name: `Make a new link for ${email}?` });
  await expect(renew).toContainText("the link you sent before stops working at once");
  await renew.getByRole("button", { name: "Make new link" }).click();
  const fresh = page.getByRole("alertdialog", { name: `New link for ${email}` });
  const second = await fresh.getByLabel("Invitation link").inputValue();
  expect(second).toMatch(INVITE_URL);
  expect(second).not.toBe(first);
  await fresh.getByRole("button", { name: "Done" }).click();

  const { context: guestContext, page: guest } = await guestPage(browser);
  try {
    await guest.goto(first);
    await expect(guest.getByRole("heading", { name: "This invitation link isn't valid" })).toBeVisible();
    await expect(guest.getByText("ask them to resend it")).toBeVisible();
    await guest.goto(second);
    await expect(guest.getByRole("heading", { name: `Join ${owner.domain}` })).toBeVisible();
    await expect(guest.getByRole("link", { name: "Sign in to accept" })).toHaveAttribute(
      "href",
      `/sign-in?email=${encodeURIComponent(email)}&next=${encodeURIComponent(new URL(second).pathname)}`,
    );

    await row.getByRole("button", { name: `Revoke invitation for ${email}` }).click();
    await page
      .getByRole("alertdialog", { name: `Revoke the invitation for ${email}?` })
      .getByRole("button", { name: "Revoke invitation" })
      .click();
    await expect(
      page.getByRole("status").filter({ hasText: `Invitation for ${email} revoked.` }),
    ).toBeVisible();
    await expect(page.getByText("No pending invitations")).toBeVisible();

    await guest.reload();
    await expect(guest.getByRole("heading", { name: "This invitation was withdrawn" })).toBeVisible();
    await shoot(guest, "team-invitation-withdrawn-1280");
    const garbage = await guest.goto("/invite/not-a-real-token");
    expect(garbage?.status()).toBe(200);
    await expect(guest.getByRole("heading", { name: "This invitation link isn't valid" })).toBeVisible();
  } finally {
    await guestContext.close();
  }
});

test("a member sees the team read-only with the reason, and no owner controls", async ({ page }) => {
  const href = await demoShopAsMember(page);
  await page.goto(`${href}/settings/team`);
  await expect(page.getByText("Only owners can invite members.")).toBeVisible();
  await expect(page.getByText(`Ask ${demoUsers.owner.name}, the owner,`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Invite member" })).toHaveCount(0);
  await expect(
    page.getByRole("button", { name: /^(Change role|Remove|Copy new link|Resend|Revoke)/ }),
  ).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Transfer ownership" })).toHaveCount(0);
  await expect(memberRow(page, demoUsers.owner.email)).toContainText("Owner");
  await expect(page.getByRole("button", { name: "Leave website" })).toBeEnabled();
});

test("the team searches by name or email, says when nobody matches, and still names the owner", async ({
  page,
}) => {
  const href = await demoShopAsMember(page);
  // A team of one page shows no search box until a search is in the address (large teams show it).
  await page.goto(`${href}/settings/team`);
  await expect(page.getByRole("search", { name: "Members" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Member pages" })).toHaveCount(0);

  await page.goto(`${href}/settings/team?q=VERA`);
  const search = page.getByRole("searchbox", { name: "Search members by name or email" });
  await expect(search).toHaveValue("VERA");
  await expect(memberRow(page, demoUsers.viewer.email)).toBeVisible();
  await expect(memberRow(page, demoUsers.owner.email)).toHaveCount(0);
  await expect(page.getByText(`Ask ${demoUsers.owner.name}, the owner,`)).toBeVisible();

  await search.fill("nobody-has-this-name");
  await search.press("Enter");
  await expect(page.getByRole("heading", { name: "Nobody matches" })).toBeVisible();
  await expect(page).toHaveURL(/\?q=nobody-has-this-name$/);
  await page.getByRole("link", { name: "Show everyone" }).click();
  await expect(memberRow(page, demoUsers.owner.email)).toBeVisible();
  await expect(page).toHaveURL(/\/settings\/team$/);
});

test("switching account from an invitation for another email: a failed sign-out says so and the button works again", async ({
  page,
}) => {
  const owner = await ownerWithWebsite(page);
  const { link, panel } = await invite(page, newUser("someone-else").email, "Viewer");
  await panel.getByRole("button", { name: "Done" }).click();
  await page.goto(link);
  await expect(page.getByText("This invitation is for another email address")).toBeVisible();

  const signOutUrl = "**/api/auth/signout";
  await page.route(signOutUrl, (route) => route.abort("failed"));
  const switchAccount = page.getByRole("button", { name: "Sign out and switch account" });
  await switchAccount.click();
  await expect(page.getByRole("alert").filter({ hasText: "Keyward could not be reached" })).toBeVisible();
  await expect(switchAccount).toBeEnabled();

  await page.unroute(signOutUrl);
  await switchAccount.click();
  await expect(page.getByRole("heading", { name: `Join ${owner.domain}` })).toBeVisible();
});

for (const [label, width, height] of [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const) {
  test(`screenshots of the Team page and the invitation page at ${width} px (${label})`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const owner = await ownerWithWebsite(page);
    const joiner = newUser("joiner");
    const { link, panel } = await invite(page, joiner.email, "Member");
    await shoot(page, `team-invite-link-${width}`, false);
    await panel.getByRole("button", { name: "Done" }).click();
    const { panel: second } = await invite(
      page,
      `pending-${randomBytes(4).toString("hex")}@keyward.test`,
      "Viewer",
    );
    await second.getByRole("button", { name: "Done" }).click();

    const guestContext = await browser.newContext({ viewport: { width, height } });
    try {
      const guest = await guestContext.newPage();
      await guest.goto(link);
      await expect(guest.getByRole("heading", { name: `Join ${owner.domain}` })).toBeVisible();
      await shoot(guest, `team-invitation-page-${width}`);
      await signUpThroughInvitation(guest, link, joiner);
      await accept(guest, owner, "Member");
      await openTeam(guest, owner.websiteId);
      await shoot(guest, `team-member-view-${width}`);
    } finally {
      await guestContext.close();
    }

    await openTeam(page, owner.websiteId);
    await expect(memberRow(page, joiner.email)).toContainText("Member");
    await shoot(page, `team-owner-${width}`);
    await page.getByRole("button", { name: `Change role of ${joiner.name}` }).click();
    await expect(page.getByRole("alertdialog").getByText("No tokens lose access")).toBeVisible();
    await shoot(page, `team-change-role-${width}`, false);
  });
}
