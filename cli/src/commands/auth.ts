import { spawn } from "node:child_process";
import { hostname } from "node:os";
import type { Command } from "commander";
import { createApiClient } from "../api-client";
import { updateProfile } from "../config-file";
import { examples, withContext, type Context } from "../context";
import { deviceLogin, type DeviceCode } from "../device-login";
import { CliError } from "../errors";
import { EXIT } from "../exit-codes";
import { bold, printJson, formatRecord, withSpinner } from "../output";

// `keyward login | logout | whoami`. Login stores the token in the profile: the only time the
// CLI writes a secret to the config file.

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(command, args, { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // No browser here: the URL is printed anyway.
  }
}

function showCode(code: DeviceCode, browser: boolean): void {
  const url = code.verification_uri_complete ?? code.verification_uri;
  process.stderr.write(
    `To sign in, open ${bold(code.verification_uri, process.stderr)} and enter the code ${bold(code.user_code, process.stderr)}\n` +
      `(or open ${url}). It expires in ${Math.round(code.expires_in / 60)} minutes.\n`,
  );
  if (browser) openBrowser(url);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").trim();
}

/** Checks a token against the server before storing it; answers what /token says about it. */
async function describeToken(context: Context, token: string): Promise<Record<string, unknown>> {
  const { data } = await createApiClient(context.settings.apiBase, token).request("GET", "/token");
  return (data[0] ?? {}) as Record<string, unknown>;
}

async function login(context: Context, options: { token?: string; withToken?: boolean; browser: boolean }) {
  const given = options.withToken ? await readStdin() : options.token;
  let token: string;
  let label: string;
  if (given !== undefined) {
    if (!/^dft?_/.test(given)) throw new CliError("That is not a Keyward token (dft_… or df_…).", EXIT.usage);
    const described = await describeToken(context, given);
    token = given;
    label = `${described.kind} ${described.displayKey}`;
  } else {
    const issued = await deviceLogin(context.settings.apiBase, {
      clientName: `CLI on ${hostname()}`,
      onCode: (code) => showCode(code, options.browser),
    });
    token = issued.access_token;
    label = `token "${issued.token_name ?? "CLI"}"${issued.token_id ? ` (${issued.token_id})` : ""}`;
  }
  updateProfile(context.settings.profileName, (profile) => ({
    ...profile,
    apiBase: context.settings.apiBase,
    token,
  }));
  process.stderr.write(
    `Signed in to ${context.settings.apiBase} with ${label} (profile "${context.settings.profileName}").\n`,
  );
}

export function registerAuth(program: Command): void {
  program
    .command("login")
    .description("Sign in: approve a code in your browser (device flow), or store a token for CI")
    .option("--token <token>", "store this token instead of signing in through the browser")
    .option("--with-token", "read the token from standard input (CI)")
    .option("--no-browser", "print the URL instead of opening a browser")
    .addHelpText(
      "after",
      examples(
        "keyward login",
        "keyward login --api-base https://keyward.example.com --no-browser",
        'echo "$KEYWARD_TOKEN" | keyward login --with-token',
        "keyward --profile work login --token dft_…",
      ),
    )
    .action(withContext(login));

  program
    .command("logout")
    .description("Forget the profile's token (it keeps working until revoked)")
    .addHelpText("after", examples("keyward logout", "keyward --profile work logout"))
    .action(
      withContext(async (context) => {
        updateProfile(context.settings.profileName, (profile) => ({ ...profile, token: undefined }));
        process.stderr.write(
          `Signed out of profile "${context.settings.profileName}". The token still works until revoked: ` +
            "`keyward tokens delete <id>` or Account settings → API.\n",
        );
      }),
    );

  program
    .command("whoami")
    .description("Show the credential in use: kind, permissions, websites, expiry")
    .addHelpText("after", examples("keyward whoami", "keyward whoami --json"))
    .action(
      withContext(async (context) => {
        if (!context.settings.credential)
          throw new CliError(
            "Not signed in: run `keyward login` (or set KEYWARD_TOKEN).",
            EXIT.unauthenticated,
          );
        const { data } = await withSpinner("Asking the server…", () => context.api.request("GET", "/token"));
        if (context.json) return printJson(data);
        process.stdout.write(
          `${formatRecord({ server: context.settings.apiBase, ...(data[0] as object) })}\n`,
        );
      }),
    );
}
