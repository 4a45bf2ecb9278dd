import { execFile } from "node:child_process";
import { chmodSync, mkdirSync, statSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { APIRequestContext } from "@playwright/test";
import { configHome, fullAccessToken, runCli, type CliRun } from "./cli-helpers";
import { expect, test } from "./fixtures";
import { callApi, DF, DFT, postApi, uniqueName } from "./secret-helpers";

// Issue 19: the real `keyward` process against the production server. Each worker makes one
// Full-access token per demo person it needs through Account settings → API; everything else
// goes through the CLI, checked against the REST API with the same token.

// Each test spawns the CLI several times; on a loaded machine a start takes seconds.
test.describe.configure({ timeout: 240_000 });

let owner = "";
let viewer = "";

test.beforeAll(async ({ browser }, testInfo) => {
  // Signing in and creating a token through the dialog can take minutes on a loaded machine.
  testInfo.setTimeout(300_000);
  owner = await fullAccessToken(browser, "owner");
  viewer = await fullAccessToken(browser, "viewer");
});

async function restData(request: APIRequestContext, apiPath: string, secret: string): Promise<unknown[]> {
  const response = await callApi(request, `/api/v1${apiPath}`, secret);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: unknown[] }).data;
}

// The demo owner's lists are shared with the tests running beside this file's (they create and
// roll the owner's tokens, and last use is written after each request, off its path). A CLI list
// is compared with REST reads taken just before and after it, without last-use fields, and read
// again while those two differ; a real difference still fails when the time runs out.
const LAST_USE = new Set(["lastUsedAt", "lastUsedIp", "previousLastUsedAt"]);

function withoutLastUse(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data), (key, value: unknown) => (LAST_USE.has(key) ? undefined : value));
}

/** Runs the CLI's `--json` list and checks it equals the API's `data` for `apiPath`; returns it. */
async function listMatchingRest(
  request: APIRequestContext,
  list: () => Promise<CliRun>,
  apiPath: string,
  what?: string,
): Promise<unknown> {
  let listed: unknown;
  await expect(async () => {
    const before = withoutLastUse(await restData(request, apiPath, owner));
    listed = jsonOf(await list());
    const after = withoutLastUse(await restData(request, apiPath, owner));
    expect(after, `${apiPath} changed during the read`).toEqual(before);
    expect(withoutLastUse(listed), what).toEqual(after);
  }).toPass({ timeout: 30_000 });
  return listed;
}

function jsonOf(run: CliRun): unknown {
  expect(run.stderr).not.toMatch(/error:/);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

async function shopId(request: APIRequestContext): Promise<string> {
  const websites = (await restData(request, "/admin/websites", owner)) as { _id: string; domain: string }[];
  return websites.find((website) => website.domain === "shop.example.com")!._id;
}

test("npx keyward --help works from the repository root and shows examples and exit codes", async () => {
  const { stdout } = await promisify(execFile)("npx", ["keyward", "--help"], { cwd: process.cwd() });
  expect(stdout).toContain("Usage: keyward");
  expect(stdout).toContain("Examples:\n  $ keyward login");
  expect(stdout).toContain("3 unauthenticated, 4 forbidden, 5 not found, 6 conflict");
});

test("whoami --json prints GET /token's data exactly", async ({ request, baseURL }) => {
  const run = await runCli(["whoami", "--json"], { baseURL: baseURL!, token: owner });
  expect(jsonOf(run)).toEqual(await restData(request, "/token", owner));
});

test("login --with-token stores the token in a 0600 file; whoami and config show use it", async ({
  baseURL,
}) => {
  const home = configHome();
  const login = await runCli(["login", "--with-token"], { baseURL: baseURL!, home, input: `${owner}\n` });
  expect(login.code).toBe(0);
  expect(login.stderr).toContain("Signed in to");
  const file = path.join(home, "keyward", "config.json");
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(JSON.parse(readFileSync(file, "utf8")).profiles.default.token).toBe(owner);

  const whoami = await runCli(["whoami"], { baseURL: baseURL!, home });
  expect(whoami.code).toBe(0);
  expect(whoami.stdout).toContain("account-token");
  const shown = await runCli(["config", "show"], { baseURL: baseURL!, home });
  expect(shown.stdout).toContain("dft_");
  expect(shown.stdout).not.toContain(owner);

  const logout = await runCli(["logout"], { baseURL: baseURL!, home });
  expect(logout.code).toBe(0);
  expect((await runCli(["whoami"], { baseURL: baseURL!, home })).code).toBe(3);
});

test("a config file with mode 0644 is refused with a message", async ({ baseURL }) => {
  const home = configHome();
  mkdirSync(path.join(home, "keyward"));
  const file = path.join(home, "keyward", "config.json");
  writeFileSync(file, JSON.stringify({ profiles: { default: { token: owner } } }));
  chmodSync(file, 0o644);
  const run = await runCli(["whoami"], { baseURL: baseURL!, home });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`error: ${file} has mode 0644: others may read the token in it`);
  expect(run.stderr).toContain(`chmod 600 ${file}`);
  expect(run.stdout).toBe("");
});

test("tokens: create prints the secret once on stdout, list --json equals REST, roll replaces it, delete revokes", async ({
  request,
  baseURL,
}) => {
  const name = uniqueName("CLI token");
  const created = await runCli(
    ["tokens", "create", "--name", name, "--permissions", "websites:read", "--expires", "30d"],
    { baseURL: baseURL!, token: owner },
  );
  expect(created.code).toBe(0);
  const secret = created.stdout.trim();
  expect(secret).toMatch(DFT);
  expect(created.stderr).toContain("shown this once");
  expect(created.stderr).not.toContain(secret);

  const listed = await listMatchingRest(
    request,
    () => runCli(["tokens", "list", "--json"], { baseURL: baseURL!, token: owner }),
    "/admin/access-tokens",
  );
  const token = (listed as { _id: string; name: string; permissions: string[] }[]).find(
    (t) => t.name === name,
  )!;
  expect(token.permissions).toEqual(["websites:read"]);
  expect(JSON.stringify(listed)).not.toContain(secret);

  // Roll within a grace period: both secrets work; rolled again without one, the old one is 401.
  const graced = await runCli(["tokens", "roll", token._id, "--grace", "24h"], {
    baseURL: baseURL!,
    token: owner,
  });
  expect(graced.code).toBe(0);
  const second = graced.stdout.trim();
  expect(second).toMatch(DFT);
  expect(second).not.toBe(secret);
  expect(graced.stderr).toContain("shown this once");
  expect(graced.stderr).not.toContain(second);
  for (const working of [secret, second])
    expect((await runCli(["whoami"], { baseURL: baseURL!, token: working })).code).toBe(0);
  const rolled = await runCli(["tokens", "roll", token._id, "--json"], { baseURL: baseURL!, token: owner });
  expect(rolled.code).toBe(0);
  const [data] = jsonOf(rolled) as { _id: string; key: string }[];
  expect(data).toMatchObject({ _id: token._id, key: expect.stringMatching(DFT) });
  expect((await runCli(["whoami"], { baseURL: baseURL!, token: second })).code).toBe(3);
  expect((await runCli(["whoami"], { baseURL: baseURL!, token: data!.key })).code).toBe(0);
  const badGrace = await runCli(["tokens", "roll", token._id, "--grace", "2h"], {
    baseURL: baseURL!,
    token: owner,
  });
  expect(badGrace.code).toBe(2);
  expect(badGrace.stderr).toContain("--grace takes none, 1h, 24h, 7d");

  const deleted = await runCli(["tokens", "delete", token._id, "--yes"], { baseURL: baseURL!, token: owner });
  expect(deleted.code).toBe(0);
  expect(deleted.stdout).toContain(`Revoked token ${token._id}.`);
  const refused = await runCli(["whoami"], { baseURL: baseURL!, token: data!.key });
  expect(refused.code).toBe(3);

  const unconfirmed = await runCli(["tokens", "delete", token._id], { baseURL: baseURL!, token: owner });
  expect(unconfirmed.code).toBe(2);
  expect(unconfirmed.stderr).toContain("add --yes");
});

test("website keys: create, list --json equals REST, roll (old secret refused), delete", async ({
  request,
  baseURL,
}) => {
  const website = await shopId(request);
  const name = uniqueName("CLI key");
  const cli = (...args: string[]) => runCli(args, { baseURL: baseURL!, token: owner });

  const created = await cli("websites", "apikeys", "create", website, "--name", name);
  expect(created.code).toBe(0);
  const first = created.stdout.trim();
  expect(first).toMatch(DF);
  expect((await callApi(request, "/api/v1/token", first)).status()).toBe(200);

  const listed = await listMatchingRest(
    request,
    () => cli("websites", "apikeys", "list", website, "--json"),
    `/admin/websites/${website}/apikeys`,
  );
  const key = (listed as { _id: string; name: string }[]).find((k) => k.name === name)!;

  const rolled = await cli("websites", "apikeys", "roll", website, key._id);
  expect(rolled.code).toBe(0);
  const second = rolled.stdout.trim();
  expect(second).toMatch(DF);
  expect(second).not.toBe(first);
  expect((await callApi(request, "/api/v1/token", first)).status()).toBe(401);
  expect((await callApi(request, "/api/v1/token", second)).status()).toBe(200);

  const deleted = await cli("websites", "apikeys", "delete", website, key._id, "--yes");
  expect(deleted.code).toBe(0);
  expect((await callApi(request, "/api/v1/token", second)).status()).toBe(401);
});

test("team invite prints the invitation link; team list --json equals REST", async ({ request, baseURL }) => {
  const website = await shopId(request);
  const email = `cli-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@keyward.test`;
  const invited = await runCli(
    ["team", "invite", "--email", email, "--role", "member", "--website", website],
    {
      baseURL: baseURL!,
      token: owner,
    },
  );
  expect(invited.code).toBe(0);
  expect(invited.stdout.trim()).toMatch(/^http:\/\/localhost:\d+\/invite\/\S+$/);
  expect(invited.stderr).toContain(`Invited ${email} as member`);
  const listed = await listMatchingRest(
    request,
    () => runCli(["team", "list", "--json", "--website", website], { baseURL: baseURL!, token: owner }),
    `/admin/websites/${website}/team`,
  );
  expect(JSON.stringify(listed)).toContain(email);
});

test("--json output of every list command parses and equals the REST data", async ({ request, baseURL }) => {
  const website = await shopId(request);
  // Something to list in funnels and alerts, made through the CLI.
  const funnel = await runCli(
    [
      "funnels",
      "create",
      "--name",
      uniqueName("Funnel"),
      "--step",
      "Pricing=/pricing",
      "--step",
      "Paid=goal:purchase",
      "--website",
      website,
    ],
    { baseURL: baseURL!, token: owner },
  );
  expect(funnel.code).toBe(0);
  const alert = await runCli(
    [
      "alerts",
      "create",
      "--name",
      uniqueName("Alert"),
      "--goal",
      "purchase",
      "--message",
      "A purchase was made.",
      "--website",
      website,
    ],
    { baseURL: baseURL!, token: owner },
  );
  expect(alert.code).toBe(0);

  const lists: [string[], string][] = [
    [["tokens", "list"], "/admin/access-tokens"],
    [["websites", "list"], "/admin/websites"],
    [["websites", "apikeys", "list", website], `/admin/websites/${website}/apikeys`],
    [["team", "list", "--website", website], `/admin/websites/${website}/team`],
    [["funnels", "list", "--website", website], `/admin/websites/${website}/funnels`],
    [["alerts", "list", "--website", website], `/admin/websites/${website}/alerts`],
  ];
  for (const [args, apiPath] of lists) {
    await listMatchingRest(
      request,
      () => runCli([...args, "--json"], { baseURL: baseURL!, token: owner }),
      apiPath,
      args.join(" "),
    );
  }
  // The human form of the same list is a table with the API's values.
  const table = await runCli(["websites", "list"], { baseURL: baseURL!, token: owner });
  expect(table.stdout.split("\n")[0]).toMatch(/^ID\s+DOMAIN\s+NAME\s+TIMEZONE\s+ROLE$/);
  expect(table.stdout).toContain("shop.example.com");
});

test("each error class has its exit code and the API's message", async ({ request, baseURL }) => {
  const base = baseURL!;
  const badToken = await runCli(["whoami"], { baseURL: base, token: `dft_${"x".repeat(38)}` });
  expect(badToken.code).toBe(3);
  expect(badToken.stderr).toMatch(/^error: .+/);
  expect(badToken.stderr).not.toMatch(/\n\s+at /);

  const website = await shopId(request);
  const viewerWrites = await runCli(["websites", "apikeys", "create", website, "--name", "Nope"], {
    baseURL: base,
    token: viewer,
  });
  expect(viewerWrites.code).toBe(4);
  const forbidden = await postApi(request, `/api/v1/admin/websites/${website}/apikeys`, viewer, {
    name: "Nope",
  });
  expect(viewerWrites.stderr).toBe(
    `error: ${((await forbidden.json()) as { error: { message: string } }).error.message}\n`,
  );

  const unknown = await runCli(["tokens", "delete", "00000000-0000-4000-8000-000000000000", "--yes"], {
    baseURL: base,
    token: owner,
  });
  expect(unknown.code).toBe(5);
  expect(unknown.stderr).toMatch(/^error: .+/);

  const domain = `${uniqueName("dup").replace(/\W+/g, "")}.example.org`;
  const first = await runCli(["websites", "create", "--domain", domain, "--timezone", "UTC"], {
    baseURL: base,
    token: owner,
  });
  expect(first.code).toBe(0);
  const again = await runCli(["websites", "create", "--domain", domain, "--timezone", "UTC"], {
    baseURL: base,
    token: owner,
  });
  expect(again.code).toBe(6);
  expect(again.stderr).toMatch(/^error: .+/);

  const usage = await runCli(["tokens", "create"], { baseURL: base, token: owner });
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain("required option '--name <name>' not specified");
});
