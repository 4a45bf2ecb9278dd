import type { Command } from "commander";
import { apiPath } from "../api-client";
import { confirmOrExit } from "../confirm";
import { addListCommand, column, examples, withContext } from "../context";
import { CliError } from "../errors";
import { EXIT } from "../exit-codes";
import { printJson } from "../output";

// `keyward funnels …` and `keyward alerts …`: list, create and delete on the website named by
// --website or the default. Both follow one shape, so one function registers them.

type Resource = {
  name: "funnels" | "alerts";
  description: string;
  columns: ReturnType<typeof column>[];
  createHelp: string[];
  configureCreate(command: Command): Command;
  bodyOf(options: Record<string, unknown>): unknown;
};

/** `--step "Pricing=/pricing"` is a pageview step; `--step "Signed up=goal:signup"` a goal step. */
export function funnelStepOf(text: string): Record<string, string> {
  const at = text.indexOf("=");
  if (at <= 0)
    throw new CliError(`A step is "Name=/path" or "Name=goal:goal_name"; not "${text}".`, EXIT.usage);
  const name = text.slice(0, at).trim();
  const target = text.slice(at + 1).trim();
  return target.startsWith("goal:")
    ? { name, type: "goal", goalName: target.slice("goal:".length) }
    : { name, type: "pageview", url: target };
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

const RESOURCES: Resource[] = [
  {
    name: "funnels",
    description: "Conversion funnels of a website (--website or the default)",
    columns: [
      column("ID", "_id"),
      column("NAME", "name"),
      column("SLUG", "slug"),
      column("CREATED", "createdAt"),
    ],
    createHelp: [
      'keyward funnels create --name "Checkout" --step "Pricing=/pricing" --step "Paid=goal:purchase"',
    ],
    configureCreate: (command) =>
      command
        .requiredOption("--name <name>", "the funnel's name")
        .requiredOption("--step <step>", '"Name=/path" or "Name=goal:goal_name"; 2 to 8, in order', collect),
    bodyOf: (options) => ({ name: options.name, steps: (options.step as string[]).map(funnelStepOf) }),
  },
  {
    name: "alerts",
    description: "Goal alerts of a website (--website or the default), in DataFast's shape",
    columns: [
      column("ID", "_id"),
      column("NAME", "name"),
      { header: "GOAL", value: (row) => (row.trigger as { goalName?: string } | undefined)?.goalName },
      column("ENABLED", "isEnabled"),
    ],
    createHelp: ['keyward alerts create --name "Signups" --goal signup --message "Someone signed up."'],
    configureCreate: (command) =>
      command
        .requiredOption("--name <name>", "the alert's name")
        .requiredOption("--goal <name>", "the goal whose events send it")
        .requiredOption("--message <text>", "the email's message (10 to 2000 characters)")
        .option("--subject <text>", "the email's subject"),
    bodyOf: (options) => ({
      name: options.name,
      trigger: { goalName: options.goal },
      template: { message: options.message, ...(options.subject ? { subject: options.subject } : {}) },
    }),
  },
];

function registerResource(program: Command, resource: Resource): void {
  const group = program
    .command(resource.name)
    .description(resource.description)
    .addHelpText(
      "after",
      examples(
        `keyward ${resource.name} list --website 2c1d…`,
        ...resource.createHelp,
        `keyward ${resource.name} delete <id> --yes`,
      ),
    );

  addListCommand(group, {
    usage: "list",
    description: `List the website's ${resource.name}`,
    examples: [`keyward ${resource.name} list --website 2c1d… --json`],
    columns: resource.columns,
    path: (context) => apiPath`/admin/websites/${context.website()}/${resource.name}`,
  });

  resource
    .configureCreate(group.command("create").description(`Create one of the website's ${resource.name}`))
    .addHelpText("after", examples(...resource.createHelp))
    .action(
      withContext(async (context, options: Record<string, unknown>) => {
        const { data } = await context.api.request(
          "POST",
          apiPath`/admin/websites/${context.website()}/${resource.name}`,
          {
            body: resource.bodyOf(options),
          },
        );
        context.one(data);
      }),
    );

  group
    .command("delete <id>")
    .description(`Delete one of the website's ${resource.name}`)
    .option("--yes", "do not ask")
    .addHelpText("after", examples(`keyward ${resource.name} delete 5d4c… --website 2c1d… --yes`))
    .action(
      withContext(async (context, id: string, options: { yes?: boolean }) => {
        await confirmOrExit(`Delete ${id}?`, options.yes);
        const { data } = await context.api.request(
          "DELETE",
          apiPath`/admin/websites/${context.website()}/${resource.name}/${id}`,
        );
        if (context.json) return printJson(data);
        process.stdout.write(`Deleted ${id}.\n`);
      }),
    );
}

export function registerFunnelsAndAlerts(program: Command): void {
  for (const resource of RESOURCES) registerResource(program, resource);
}
