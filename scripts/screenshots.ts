// Screenshots of every page at 1280 and 390 px, light and dark, for a person to look at (not a
// test). Needs a running server with the demo people seeded, e.g. after `npx next build`:
//   node e2e/serve.mjs 3400 &
//   npx tsx scripts/screenshots.ts http://localhost:3400
// Writes screenshots/<who>/<page>-<width>-<scheme>.png (git-ignored).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";

const baseURL = process.argv[2] ?? "http://localhost:3000";
const outDir = path.resolve("screenshots");
const WIDTHS = [1280, 390] as const;
const SCHEMES = ["light", "dark"] as const;
const DEMO_PASSWORD = "keyward-demo-2026";

type Person = { label: string; email: string | null; pages: (page: Page) => Promise<string[]> };

const fixed = (paths: string[]) => () => Promise.resolve(paths);

/** The account pages plus the first website's overview and the settings tabs this person sees. */
async function signedInPages(page: Page): Promise<string[]> {
  await page.goto(`${baseURL}/`);
  const website = page.locator('main a[href^="/websites/"]').first();
  const websitePaths: string[] = [];
  if ((await website.count()) > 0) {
    const overview = (await website.getAttribute("href")) ?? "";
    await page.goto(`${baseURL}${overview}/settings`);
    const tabs = await page
      .getByRole("navigation", { name: "Website settings" })
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    websitePaths.push(overview, ...tabs);
  }
  return [
    "/",
    ...websitePaths,
    "/account",
    "/account/security",
    "/account/sessions",
    "/account/api",
    "/account/activity",
    "/api-reference",
    "/websites/00000000-0000-7000-8000-000000000000",
  ];
}

const people: Person[] = [
  {
    label: "signed-out",
    email: null,
    pages: fixed(["/sign-in", "/sign-up", "/forgot-password", "/invite/not-a-token", "/no/such/page"]),
  },
  { label: "owner", email: "owner@keyward.test", pages: signedInPages },
  { label: "viewer", email: "viewer@keyward.test", pages: signedInPages },
  { label: "loner", email: "loner@keyward.test", pages: fixed(["/"]) },
];

function fileName(pagePath: string, width: number, scheme: string): string {
  const slug =
    pagePath
      .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "id")
      .replace(/^\/|\/$/g, "")
      .replaceAll("/", "_") || "home";
  return `${slug}-${width}-${scheme}.png`;
}

async function shootPerson(browser: Browser, person: Person): Promise<number> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  if (person.email) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseURL}/`);
  }
  const paths = await person.pages(page);
  const dir = path.join(outDir, person.label);
  mkdirSync(dir, { recursive: true });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      for (const pagePath of paths) {
        await page.goto(pagePath);
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: path.join(dir, fileName(pagePath, width, scheme)), fullPage: true });
      }
    }
  }
  await context.close();
  return paths.length * WIDTHS.length * SCHEMES.length;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  let total = 0;
  for (const person of people) total += await shootPerson(browser, person);
  console.log(`${total} screenshots in ${path.relative(process.cwd(), outDir)}/`);
} finally {
  await browser.close();
}
