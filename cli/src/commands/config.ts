import type { Command } from "commander";
import { configPath, updateProfile } from "../config-file";
import { examples, withContext } from "../context";
import { printJson, formatRecord } from "../output";

// `keyward config …`: what the CLI would use, and the profile's default website.

/** A secret shown by its prefix only: enough to recognise it, useless to a shoulder-surfer. */
export function maskSecret(secret: string | null | undefined): string | null {
  if (!secret) return null;
  return `${secret.slice(0, secret.indexOf("_") + 5)}…`;
}

export function registerConfig(program: Command): void {
  const config = program
    .command("config")
    .description("Show the configuration; set or clear the default website")
    .addHelpText(
      "after",
      examples(
        "keyward config show",
        "keyward config set-website 2c1d…",
        "keyward --profile work config show",
      ),
    );

  config
    .command("show")
    .description("Show the file, profile, server, token (masked) and default website in use")
    .addHelpText("after", examples("keyward config show", "keyward --profile work config show --json"))
    .action(
      withContext(async (context) => {
        const { settings } = context;
        const shown = {
          file: configPath(),
          profile: settings.profileName,
          apiBase: settings.apiBase,
          token: maskSecret(settings.credential),
          website: settings.website,
        };
        if (context.json) return printJson([shown]);
        process.stdout.write(`${formatRecord(shown)}\n`);
      }),
    );

  config
    .command("set-website <websiteId>")
    .description("Make a website the profile's default for website commands")
    .addHelpText("after", examples("keyward config set-website 2c1d…"))
    .action(
      withContext(async (context, websiteId: string) => {
        updateProfile(context.settings.profileName, (profile) => ({ ...profile, website: websiteId }));
        process.stderr.write(`Default website of profile "${context.settings.profileName}": ${websiteId}.\n`);
      }),
    );

  config
    .command("clear-website")
    .description("Forget the profile's default website")
    .addHelpText("after", examples("keyward config clear-website"))
    .action(
      withContext(async (context) => {
        updateProfile(context.settings.profileName, (profile) => ({ ...profile, website: undefined }));
        process.stderr.write(`Profile "${context.settings.profileName}" has no default website now.\n`);
      }),
    );
}
