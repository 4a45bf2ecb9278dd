import type { Page } from "@playwright/test";
import { expect, signUpViaUi, test } from "./fixtures";
import { mailsTo } from "./mail";
import { DFT, closeReveal, revealedSecret, uniqueName } from "./secret-helpers";

// Issue 20 point 4: a token expiring within 7 days gets its reminder email (the e2e server sweeps
// every second) with the link to the page where it is regenerated.

/** Creates, in Account settings → API, a token expiring in 7 days; returns its name. */
async function createWeekToken(page: Page, label: string): Promise<string> {
  const name = uniqueName(label);
  await page.goto("/account/api");
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Expiration").selectOption("7d");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await revealedSecret(page);
  expect(secret).toMatch(DFT);
  await closeReveal(page, secret);
  return name;
}

test("a token created to expire in 7 days is reminded by email with its Regenerate link", async ({
  page,
}) => {
  const user = await signUpViaUi(page);
  const name = await createWeekToken(page, "reminded");

  await expect
    .poll(async () => (await mailsTo(user.email)).filter((mail) => mail.subject.includes(name)).length, {
      message: `a reminder mail about ${name}`,
    })
    .toBe(1);
  const [reminder] = (await mailsTo(user.email)).filter((mail) => mail.subject.includes(name));
  expect(reminder?.subject).toBe(`Your Keyward API token "${name}" expires in 7 days`);
  const link = reminder?.text.match(/Regenerate it: (\S+)/)?.[1];
  expect(link).toMatch(/^http:\/\/localhost:\d+\/account\/api\?regenerate=[0-9a-f-]{36}$/);

  // Before expiry the link opens the token's Edit dialog, where a later expiry is chosen.
  await page.goto(link!);
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.getByRole("dialog")).toContainText(name);
});

test("a person who turns reminders off in Account settings gets no reminder", async ({ page }) => {
  const user = await signUpViaUi(page);
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Token expiry reminders" });
  await form.getByRole("checkbox").uncheck();
  await form.getByRole("button", { name: "Save reminders" }).click();
  await expect(page.getByText("Reminder preference saved.")).toBeVisible();

  const name = await createWeekToken(page, "silent");

  await page.waitForTimeout(3000);
  expect((await mailsTo(user.email)).filter((mail) => mail.subject.includes(name))).toHaveLength(0);
});
