import type { Command } from "commander";
import { apiPath } from "../api-client";
import { confirmOrExit } from "../confirm";
import { addListCommand, column, examples, withContext, type Context } from "../context";
import { expiresAtOf, graceOf, listOf } from "../durations";
import { printJson, printSecret } from "../output";

// `keyward tokens …`: account tokens (`dft_`), as DataFast's `datafast tokens …`.

const COLUMNS = [
  column("ID", "_id"),
  column("NAME", "name"),
  column("KEY", "displayKey"),
  column("PERMISSIONS", "permissions"),
  { header: "WEBSITES", value: (row: Record<string, unknown>) => (row.allWebsites ? "all" : row.websiteIds) },
  column("EXPIRES", "expiresAt"),
  column("LAST USED", "lastUsedAt"),
];

/** A created or rolled credential: JSON with the secret for scripts, else the secret alone on stdout. */
export function printIssued(context: Context, data: unknown[], label: string): void {
  const item = (data[0] ?? {}) as { key?: string; name?: string; _id?: string };
  if (context.json) {
    process.stderr.write("The `key` below is shown this once: store it now.\n");
    return printJson(data);
  }
  process.stderr.write(`${label} "${item.name}" (${item._id}).\n`);
  printSecret("Its secret", item.key ?? "");
}

export function registerTokens(program: Command): void {
  const tokens = program
    .command("tokens")
    .description("Account tokens (dft_): list, create, roll and delete")
    .addHelpText(
      "after",
      examples(
        "keyward tokens list",
        'keyward tokens create --name "CI deploy" --permissions "websites:read,api-keys:write" --expires 30d',
        "keyward tokens roll 4f1c…-… --grace 24h",
        "keyward tokens delete 4f1c…-… --yes",
      ),
    );

  addListCommand(tokens, {
    usage: "list",
    description: "List your account tokens",
    examples: ["keyward tokens list", "keyward tokens list --json | jq '.[].name'"],
    columns: COLUMNS,
    path: () => "/admin/access-tokens",
  });

  tokens
    .command("create")
    .description("Create an account token; its secret is printed once")
    .requiredOption("--name <name>", "what the token is for")
    .option(
      "--permissions <list>",
      'comma-separated permissions, e.g. "websites:read,analytics:read" (default: *)',
    )
    .option("--websites <ids>", "comma-separated website ids it may reach (default: all yours)")
    .option("--expires <when>", "30d, 12h, 2w, 1y, a date (YYYY-MM-DD) or never", "never")
    .addHelpText(
      "after",
      examples(
        'keyward tokens create --name "Agent" --permissions "analytics:read" --websites 2c1d…,9ab0… --expires 90d',
        'TOKEN=$(keyward tokens create --name "CI" --permissions "*" --expires 30d)',
      ),
    )
    .action(
      withContext(
        async (
          context,
          options: { name: string; permissions?: string; websites?: string; expires: string },
        ) => {
          const permissions = listOf(options.permissions);
          const body = {
            name: options.name,
            ...(permissions.length > 0 ? { permissions } : {}),
            websiteIds: listOf(options.websites),
            expiresAt: expiresAtOf(options.expires) ?? undefined,
          };
          const { data } = await context.api.request("POST", "/admin/access-tokens", { body });
          printIssued(context, data, "Created token");
        },
      ),
    );

  tokens
    .command("roll <id>")
    .description("Give a token a new secret (printed once); the old one stops now or after --grace")
    .option("--grace <period>", "none, 1h, 24h or 7d", "none")
    .addHelpText(
      "after",
      examples("keyward tokens roll 4f1c2d3e-… --grace 24h", "NEW=$(keyward tokens roll 4f1c2d3e-…)"),
    )
    .action(
      withContext(async (context, id: string, options: { grace: string }) => {
        const { data } = await context.api.request("POST", apiPath`/admin/access-tokens/${id}/roll`, {
          body: { grace: graceOf(options.grace) },
        });
        printIssued(context, data, "Rolled token");
      }),
    );

  tokens
    .command("delete <id>")
    .alias("revoke")
    .description("Revoke an account token at once")
    .option("--yes", "do not ask")
    .addHelpText("after", examples("keyward tokens delete 4f1c2d3e-… --yes"))
    .action(
      withContext(async (context, id: string, options: { yes?: boolean }) => {
        await confirmOrExit(`Revoke token ${id}? Whatever uses it stops working now.`, options.yes);
        const { data } = await context.api.request("DELETE", apiPath`/admin/access-tokens/${id}`);
        if (context.json) return printJson(data);
        process.stdout.write(`Revoked token ${id}.\n`);
      }),
    );
}
