import { Command, CommanderError } from "commander";
import { registerAnalytics } from "./commands/analytics";
import { registerAuth } from "./commands/auth";
import { registerConfig } from "./commands/config";
import { registerFunnelsAndAlerts } from "./commands/funnels-alerts";
import { registerMcp } from "./commands/mcp";
import { registerTeam } from "./commands/team";
import { registerTokens } from "./commands/tokens";
import { registerWebsites } from "./commands/websites";
import { examples } from "./context";
import { CliError } from "./errors";
import { EXIT } from "./exit-codes";
import { red } from "./output";
import { CLI_VERSION } from "./version";

// The `keyward` program: a REST client of a Keyward (or DataFast-compatible) server.

export function buildProgram(): Command {
  const program = new Command("keyward")
    .description(
      "Keyward from the terminal: tokens, websites, keys, team, analytics, and an MCP server for agents.",
    )
    .version(CLI_VERSION)
    .option("--profile <name>", "the config profile to use (default: default, or KEYWARD_PROFILE)")
    .option("--api-base <url>", "the server, e.g. https://keyward.example.com (or KEYWARD_API_BASE)")
    .option("--website <id>", "the website for website commands (default: `keyward config set-website`)")
    .option("--json", "print the API's data as JSON, for scripts")
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    .addHelpText(
      "after",
      examples(
        "keyward login",
        "keyward whoami --json",
        'keyward tokens create --name "CI" --permissions "websites:read" --expires 30d',
        "keyward websites apikeys list <websiteId>",
        "keyward --profile staging websites list",
        "keyward mcp",
      ) +
        "\nExit codes: 0 ok, 1 error, 2 usage, 3 unauthenticated, 4 forbidden, 5 not found, 6 conflict, 7 rate limited.\n",
    );
  registerAuth(program);
  registerTokens(program);
  registerWebsites(program);
  registerTeam(program);
  registerFunnelsAndAlerts(program);
  registerAnalytics(program);
  registerConfig(program);
  registerMcp(program);
  // Every subcommand throws instead of exiting, so main() chooses the exit code.
  const exitOverride = (command: Command) => {
    command.exitOverride();
    command.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

/** Runs the CLI; answers the exit code. Errors are one line on stderr, never a stack. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version "fail" with exit code 0; every other commander error is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      process.stderr.write(`${red("error:")} ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`${red("error:")} ${(error as Error).message ?? String(error)}\n`);
    return EXIT.error;
  }
}
