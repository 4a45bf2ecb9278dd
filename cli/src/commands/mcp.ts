import type { Command } from "commander";
import { examples, withContext } from "../context";
import { CLI_VERSION } from "../version";

export function registerMcp(program: Command): void {
  program
    .command("mcp")
    .description("Serve the API as Model Context Protocol tools over stdio, with the configured token")
    .addHelpText(
      "after",
      examples(
        "keyward mcp",
        "KEYWARD_TOKEN=dft_… KEYWARD_API_BASE=https://keyward.example.com keyward mcp --website 2c1d…",
      ) +
        "\nTools are read from the server's OpenAPI document at start-up; those that issue a credential\n" +
        "or destroy something answer a dry run unless called with confirm: true.\n",
    )
    .action(
      withContext(async (context) => {
        // Loaded on demand: the SDK would slow every other command's start.
        const { serveMcp } = await import("../mcp/server");
        await serveMcp(context.api, context.settings.website, CLI_VERSION);
      }),
    );
}
