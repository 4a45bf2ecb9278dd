import type { Command } from "commander";
import { createApiClient, type ApiClient } from "./api-client";
import { CliError } from "./errors";
import { EXIT } from "./exit-codes";
import { printJson, formatRecord, formatTable, type Column } from "./output";
import { resolveSettings, type GlobalOptions, type Settings } from "./settings";

// What every command's action gets: the resolved settings, an API client with the credential,
// and the output mode (--json prints the API's `data` exactly, for scripts).

export type Context = {
  settings: Settings;
  api: ApiClient;
  json: boolean;
  /** The website a website route is about: --website, else the profile's default. */
  website(): string;
  /** Prints `data` as JSON (--json) or as a table. */
  list(data: unknown[], columns: Column[]): void;
  /** Prints `data` as JSON (--json) or its one record as `key value` lines. */
  one(data: unknown[]): void;
};

export function contextOf(command: Command): Context {
  const options = command.optsWithGlobals() as GlobalOptions & { json?: boolean };
  const settings = resolveSettings(options);
  const json = options.json === true;
  return {
    settings,
    api: createApiClient(settings.apiBase, settings.credential),
    json,
    website() {
      if (settings.website) return settings.website;
      throw new CliError(
        "Name the website: --website <id>, or set a default with `keyward config set-website <id>`.",
        EXIT.usage,
      );
    },
    list(data, columns) {
      if (json) return printJson(data);
      if (data.length === 0) return void process.stdout.write("Nothing yet.\n");
      process.stdout.write(`${formatTable(data as Record<string, unknown>[], columns)}\n`);
    },
    one(data) {
      if (json) return printJson(data);
      for (const item of data) process.stdout.write(`${formatRecord(item as Record<string, unknown>)}\n`);
    },
  };
}

/** Wraps an action so it receives the context first; commander passes the command last. */
export function withContext<A extends unknown[]>(
  action: (context: Context, ...args: A) => Promise<void>,
): (...args: unknown[]) => Promise<void> {
  return async (...args) => {
    const command = args[args.length - 1] as Command;
    await action(contextOf(command), ...(args.slice(0, -1) as A));
  };
}

/** `--help` text: examples after the options. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}

export function column(header: string, key: string): Column {
  return { header, value: (row) => row[key] };
}

/** A list subcommand: GETs the path and prints `data` as a table, or exactly as JSON with --json. */
export function addListCommand<A extends string[]>(
  parent: Command,
  spec: {
    usage: string;
    description: string;
    examples: string[];
    columns: Column[];
    path: (context: Context, ...args: A) => string;
  },
): void {
  parent
    .command(spec.usage)
    .description(spec.description)
    .addHelpText("after", examples(...spec.examples))
    .action(
      withContext(async (context, ...args: A) => {
        const { data } = await context.api.request("GET", spec.path(context, ...args));
        context.list(data, spec.columns);
      }),
    );
}
