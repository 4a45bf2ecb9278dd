import type { CDPSession, Page } from "@playwright/test";
import { accountMenu, expect, signOutViaMenu, signUpViaUi, submitSignIn, test } from "./fixtures";

// Passkeys through Chromium's virtual authenticator (CDP WebAuthn domain): the browser runs the
// real ceremony against the server, on http://localhost (see playwright.config.ts).

const PASSKEYS_PAGE = "/account/security";

type Credential = { credentialId: string; rpId: string; isResidentCredential: boolean };

async function addVirtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { cdp, authenticatorId };
}

async function credentialsOf(cdp: CDPSession, authenticatorId: string): Promise<Credential[]> {
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  return credentials as Credential[];
}

test("register a passkey with the virtual authenticator, refuse a second one on the same authenticator, rename and remove it", async ({
  page,
}) => {
  await signUpViaUi(page);
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
  await page.goto(PASSKEYS_PAGE);
  const section = page.getByRole("region", { name: "Passkeys" });
  await expect(section.getByText("You have no passkeys yet.")).toBeVisible();

  // A name is required before the browser is asked.
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(section.getByText("Name the passkey.")).toBeVisible();
  expect(await credentialsOf(cdp, authenticatorId)).toEqual([]);

  await section.getByLabel("Passkey name").fill("  Work laptop ");
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(section.getByRole("status")).toHaveText('Passkey "Work laptop" added.');
  const list = section.getByRole("list", { name: "Passkeys" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem")).toContainText("Work laptop");
  await expect(list.getByRole("listitem")).toContainText("never used");
  const [credential] = await credentialsOf(cdp, authenticatorId);
  expect(credential).toMatchObject({ rpId: "localhost", isResidentCredential: true });

  // A passkey alone is a second factor without recovery codes: the page says so and makes them.
  const recovery = page.getByRole("region", { name: "Recovery codes" });
  await expect(recovery).toContainText("You have no recovery codes yet");
  await recovery.getByRole("button", { name: "Generate codes" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Generate codes" }).click();
  await expect(recovery.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await recovery.getByRole("button", { name: "I've saved them" }).click();
  await expect(recovery).toContainText("10 of 10 codes unused.");

  // The same authenticator again: the browser refuses (excludeCredentials) and nothing is added.
  await section.getByLabel("Passkey name").fill("Same laptop");
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(section.getByRole("alert")).toHaveText(
    "This authenticator already holds a passkey for your account.",
  );
  await expect(list.getByRole("listitem")).toHaveCount(1);
  expect(await credentialsOf(cdp, authenticatorId)).toHaveLength(1);

  await list.getByRole("button", { name: "Rename" }).click();
  const renaming = page.getByRole("dialog");
  await renaming.getByLabel("Name").fill("Old laptop");
  await renaming.getByRole("button", { name: "Save name" }).click();
  await expect(renaming).toBeHidden();
  await expect(list.getByRole("listitem")).toContainText("Old laptop");

  // Remove, after a confirmation.
  await list.getByRole("button", { name: "Remove" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText('Remove the passkey "Old laptop"?');
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByText("You have no passkeys yet.")).toBeVisible();
  await page.reload();
  await expect(section.getByText("You have no passkeys yet.")).toBeVisible();
});

test("a taken name is refused before the browser prompts", async ({ page }) => {
  await signUpViaUi(page);
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
  await page.goto(PASSKEYS_PAGE);
  const section = page.getByRole("region", { name: "Passkeys" });
  await section.getByLabel("Passkey name").fill("Phone");
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(section.getByRole("status")).toHaveText('Passkey "Phone" added.');

  await section.getByLabel("Passkey name").fill("phone");
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(
    section.getByText('You already have a passkey named "phone". Choose another name.'),
  ).toBeVisible();
  expect(await credentialsOf(cdp, authenticatorId)).toHaveLength(1);
});

test("sign in with a password and a passkey as the second factor (after a failed answer); the passkey's last use shows", async ({
  page,
}) => {
  const user = await signUpViaUi(page);
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
  await page.goto(PASSKEYS_PAGE);
  const section = page.getByRole("region", { name: "Passkeys" });
  await section.getByLabel("Passkey name").fill("Laptop");
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(section.getByRole("status")).toHaveText('Passkey "Laptop" added.');

  await signOutViaMenu(page, user.name);
  await submitSignIn(page, user.email, user.password);
  await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
  // The answer to next-auth never arrives: the step says so and the button works again.
  const callback = "**/api/auth/callback/credentials";
  await page.route(callback, (route) => route.abort("failed"));
  const usePasskey = page.getByRole("button", { name: "Use a passkey" });
  await usePasskey.click();
  await expect(page.getByRole("alert").filter({ hasText: "Keyward could not be reached" })).toBeVisible();
  await expect(usePasskey).toBeEnabled();
  await page.unroute(callback);
  await usePasskey.click();
  await expect(accountMenu(page, user.name)).toBeVisible();

  const [credential] = await credentialsOf(cdp, authenticatorId);
  expect(credential).toMatchObject({ rpId: "localhost" });
  await page.goto(PASSKEYS_PAGE);
  await expect(section.getByRole("listitem")).toContainText("last used");
});
