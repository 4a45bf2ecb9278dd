import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { configHome, KEYWARD_BIN, runCli } from "./cli-helpers";
import { DEMO_PASSWORD, demoUsers, expect, test } from "./fixtures";

// Issue 19: `keyward login` by device authorization, the real process against the production
// server, approved by the person in Chromium; the stored token then serves `whoami`.

test.setTimeout(240_000);

test("keyward login: the person approves the printed code in the browser; the CLI stores a working dft_ token", async ({
  page,
  baseURL,
}) => {
  const home = configHome();
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: home,
    KEYWARD_API_BASE: baseURL,
    NO_COLOR: "1",
  };
  const child = spawn(KEYWARD_BIN, ["login", "--no-browser"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  const link = await new Promise<string>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      const match = /\(or open (\S+)\)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    child.on("close", () => reject(new Error(`keyward login ended before printing a code: ${stderr}`)));
  });
  const userCode = new URL(link).searchParams.get("code")!;
  expect(stderr).toContain(`enter the code ${userCode}`);

  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email").fill(demoUsers.member.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(userCode)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Name")).toHaveValue(/^CLI on /);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Return to your terminal")).toBeVisible({ timeout: 30_000 });

  expect(await exited).toBe(0);
  expect(stderr).toMatch(/Signed in to .* with token "CLI on /);
  const config = readFileSync(path.join(home, "keyward", "config.json"), "utf8");
  expect(config).toMatch(/"token": "dft_/);

  const whoami = await runCli(["whoami", "--json"], { baseURL: baseURL!, home });
  expect(whoami.code).toBe(0);
  // GET /token describes the stored token: the person's new one, Read-only and 90 days by default.
  const [me] = JSON.parse(whoami.stdout) as {
    kind: string;
    displayKey: string;
    expiresAt: string;
    permissions: string[];
  }[];
  expect(me).toMatchObject({ kind: "account-token", displayKey: expect.stringMatching(/^dft_/) });
  expect(me!.permissions.every((permission) => permission.endsWith(":read"))).toBe(true);
  const days = (Date.parse(me!.expiresAt) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(89);
  expect(days).toBeLessThanOrEqual(90);
});
