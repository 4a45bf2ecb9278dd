import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers } from "./fixtures";
import { seededInstance } from "./instances";

// A server without SMTP (issue 17, point 5): invitations are never emailed, so a pending one has
// a single "Copy new link" action, and the page says the old link stops working. The suite's
// server mails through a sink, so this spec runs its own (E2E_PORT + 14), which has no SMTP_URL.

const owner = demoUsers.owner;

test.describe("team settings on a server that sends no email", () => {
  test.describe.configure({ mode: "serial" });

  const { base } = seededInstance("nomail", 14);

  test("a pending invitation offers one way to a new link, and says the old one stops working", async ({
    page,
  }) => {
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${base}/`);
    await page.getByRole("main").getByRole("link").filter({ hasText: "shop.example.com" }).click();
    await page.getByRole("navigation", { name: "Website" }).getByRole("link", { name: "Settings" }).click();
    await page
      .getByRole("navigation", { name: "Website settings" })
      .getByRole("link", { name: "Team" })
      .click();

    const email = "pending-nomail@keyward.test";
    await page.getByRole("button", { name: "Invite member" }).click();
    const dialog = page.getByRole("dialog", { name: "Invite a member" });
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByRole("radio", { name: "Viewer" }).check();
    await dialog.getByRole("button", { name: "Create invitation" }).click();
    await page
      .getByRole("dialog", { name: "Invitation ready" })
      .getByRole("button", { name: "Done" })
      .click();

    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row.getByRole("button")).toHaveText(["Copy new link", "Revoke"]);
    await expect(row.getByRole("button", { name: /Resend/ })).toHaveCount(0);
    await expect(
      page.getByText("This server sends no email: copy a new link and send it yourself."),
    ).toContainText("The old link then stops working.");
    await row.getByRole("button", { name: `Copy new link for ${email}` }).click();
    await expect(page.getByRole("alertdialog", { name: `Make a new link for ${email}?` })).toContainText(
      "the link you sent before stops working at once",
    );
  });
});
