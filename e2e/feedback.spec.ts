import { expect, signUpViaUi, test } from "./fixtures";
import { createWebsiteViaUi } from "./website-helpers";

// Issue 17, point 2: a finished act is acknowledged in the one live region, and focus lands on
// the new thing's page instead of dropping to <body>.

test("creating a website is acknowledged and focus moves to its page heading", async ({ page }) => {
  await signUpViaUi(page);
  const { domain } = await createWebsiteViaUi(page, "feedback");
  await expect(
    page.getByRole("status").filter({ hasText: "Website created. You are its owner." }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: domain })).toBeFocused();
});
