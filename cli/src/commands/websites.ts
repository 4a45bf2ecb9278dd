import type { Command } from "commander";
import { apiPath } from "../api-client";
import { confirmOrExit } from "../confirm";
import { addListCommand, column, examples, withContext } from "../context";
import { expiresAtOf, graceOf } from "../durations";
import { printJson } from "../output";
import { printIssued } from "./tokens";

// `keyward websites …` and `keyward websites apikeys …` (website keys, `df_`).

const WEBSITE_COLUMNS = [
  column("ID", "_id"),
  column("DOMAIN", "domain"),
  column("NAME", "name"),
  column("TIMEZONE", "timezone"),
  column("ROLE", "role"),
];

const KEY_COLUMNS = [
  column("ID", "_id"),
  column("NAME", "name"),
  column("KEY", "displayKey"),
  column("EXPIRES", "expiresAt"),
  column("LAST USED", "lastUsedAt"),
  column("CREATED", "createdAt"),
];

function registerApiKeys(websites: Command): void {
  const apikeys = websites
    .command("apikeys")
    .description("Website keys (df_) of one website")
    .addHelpText(
      "after",
      examples(
        "keyward websites apikeys list <websiteId>",
        'keyward websites apikeys create <websiteId> --name "Server"',
        "keyward websites apikeys roll <websiteId> <keyId> --grace 24h",
        "keyward websites apikeys delete <websiteId> <keyId> --yes",
      ),
    );

  addListCommand(apikeys, {
    usage: "list <websiteId>",
    description: "List a website's keys",
    examples: ["keyward websites apikeys list 2c1d… --json"],
    columns: KEY_COLUMNS,
    path: (_, websiteId: string) => apiPath`/admin/websites/${websiteId}/apikeys`,
  });

  apikeys
    .command("create <websiteId>")
    .description("Create a website key; its secret is printed once")
    .option("--name <name>", 'what it is for (default: "API key")')
    .option("--expires <when>", "30d, 12h, 2w, 1y, a date (YYYY-MM-DD) or never", "never")
    .addHelpText(
      "after",
      examples('keyward websites apikeys create 2c1d… --name "Checkout server" --expires 1y'),
    )
    .action(
      withContext(async (context, websiteId: string, options: { name?: string; expires: string }) => {
        const body = { name: options.name, expiresAt: expiresAtOf(options.expires) ?? undefined };
        const { data } = await context.api.request("POST", apiPath`/admin/websites/${websiteId}/apikeys`, {
          body,
        });
        printIssued(context, data, "Created key");
      }),
    );

  apikeys
    .command("roll <websiteId> <keyId>")
    .description("Give a key a new secret (printed once); the old one stops now or after --grace")
    .option("--grace <period>", "none, 1h, 24h or 7d", "none")
    .addHelpText("after", examples("keyward websites apikeys roll 2c1d… 8e7f… --grace 24h"))
    .action(
      withContext(async (context, websiteId: string, keyId: string, options: { grace: string }) => {
        const { data } = await context.api.request(
          "PUT",
          apiPath`/admin/websites/${websiteId}/apikeys/${keyId}`,
          {
            body: { grace: graceOf(options.grace) },
          },
        );
        printIssued(context, data, "Rolled key");
      }),
    );

  apikeys
    .command("delete <websiteId> <keyId>")
    .alias("revoke")
    .description("Revoke a website key at once")
    .option("--yes", "do not ask")
    .addHelpText("after", examples("keyward websites apikeys delete 2c1d… 8e7f… --yes"))
    .action(
      withContext(async (context, websiteId: string, keyId: string, options: { yes?: boolean }) => {
        await confirmOrExit(`Revoke key ${keyId}? Whatever uses it stops working now.`, options.yes);
        const { data } = await context.api.request(
          "DELETE",
          apiPath`/admin/websites/${websiteId}/apikeys/${keyId}`,
        );
        if (context.json) return printJson(data);
        process.stdout.write(`Revoked key ${keyId}.\n`);
      }),
    );
}

export function registerWebsites(program: Command): void {
  const websites = program
    .command("websites")
    .description("Websites you can reach, and their keys")
    .addHelpText(
      "after",
      examples(
        "keyward websites list",
        "keyward websites create --domain example.com --timezone Europe/Paris",
        "keyward websites get 2c1d…",
      ),
    );

  addListCommand(websites, {
    usage: "list",
    description: "List the websites the token reaches",
    examples: ["keyward websites list", "keyward websites list --json"],
    columns: WEBSITE_COLUMNS,
    path: () => "/admin/websites",
  });

  websites
    .command("create")
    .description("Add a website; you become its owner")
    .requiredOption("--domain <domain>", "e.g. example.com")
    .requiredOption("--timezone <zone>", "IANA timezone, e.g. Europe/Paris")
    .option("--name <name>", "display name (default: the domain)")
    .addHelpText(
      "after",
      examples('keyward websites create --domain shop.example --timezone America/New_York --name "Shop"'),
    )
    .action(
      withContext(async (context, options: { domain: string; timezone: string; name?: string }) => {
        const { data } = await context.api.request("POST", "/admin/websites", { body: options });
        context.one(data);
      }),
    );

  websites
    .command("get <websiteId>")
    .description("Show one website")
    .addHelpText("after", examples("keyward websites get 2c1d…"))
    .action(
      withContext(async (context, websiteId: string) => {
        const { data } = await context.api.request("GET", apiPath`/admin/websites/${websiteId}`);
        context.one(data);
      }),
    );

  registerApiKeys(websites);
}
