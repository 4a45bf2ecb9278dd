import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { expect, loginAsDemo, type DemoRole } from "./fixtures";
import { DFT, revealedSecret, uniqueName } from "./secret-helpers";

// Runs the real `keyward` program (node_modules/.bin/keyward, as `npx keyward` does) against the
// e2e server, each run with its own config folder unless one is given.

export const KEYWARD_BIN = path.join(process.cwd(), "node_modules", ".bin", "keyward");

export type CliRun = { code: number | null; stdout: string; stderr: string };

export function configHome(): string {
  return mkdtempSync(path.join(tmpdir(), "keyward-cli-e2e-"));
}

export function runCli(
  args: string[],
  options: { baseURL: string; token?: string; home?: string; input?: string; env?: Record<string, string> },
): Promise<CliRun> {
  const home = options.home ?? configHome();
  // Not the runner's environment: a KEYWARD_TOKEN there must not leak into a test.
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: home,
    KEYWARD_API_BASE: options.baseURL,
    NO_COLOR: "1",
    ...(options.token ? { KEYWARD_TOKEN: options.token } : {}),
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(KEYWARD_BIN, args, { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** The demo person's new Full-access token that never expires, made in Account settings → API. */
export async function fullAccessToken(browser: Browser, role: DemoRole): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAsDemo(page, role);
  await page.goto("/account/api");
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByLabel("Name").fill(uniqueName("CLI e2e"));
  await dialog.getByRole("radio", { name: /^Full access/ }).click();
  await dialog.getByLabel("Expiration").selectOption("never");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await revealedSecret(page);
  expect(secret).toMatch(DFT);
  await context.close();
  return secret;
}
