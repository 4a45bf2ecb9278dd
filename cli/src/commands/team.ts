import type { Command } from "commander";
import { apiPath } from "../api-client";
import { confirmOrExit } from "../confirm";
import { addListCommand, column, examples, withContext } from "../context";
import { printJson } from "../output";

// `keyward team …`: members and invitations of the website named by --website or the default.

const COLUMNS = [
  column("ID", "_id"),
  column("EMAIL", "email"),
  column("NAME", "name"),
  column("ROLE", "role"),
  column("STATUS", "status"),
];

export function registerTeam(program: Command): void {
  const team = program
    .command("team")
    .description("A website's team (--website or the default website)")
    .addHelpText(
      "after",
      examples(
        "keyward team list --website 2c1d…",
        "keyward team invite --email ana@example.com --role member",
        "keyward team role 7a6b… --role viewer",
        "keyward team remove 7a6b… --yes",
      ),
    );

  addListCommand(team, {
    usage: "list",
    description: "List members and pending invitations",
    examples: ["keyward team list --website 2c1d… --json"],
    columns: COLUMNS,
    path: (context) => apiPath`/admin/websites/${context.website()}/team`,
  });

  team
    .command("invite")
    .description("Invite someone; prints the single-use invitation link")
    .requiredOption("--email <email>", "who to invite")
    .option("--role <role>", "owner, member or viewer", "viewer")
    .addHelpText(
      "after",
      examples("keyward team invite --email ana@example.com --role member --website 2c1d…"),
    )
    .action(
      withContext(async (context, options: { email: string; role: string }) => {
        const { data } = await context.api.request(
          "POST",
          apiPath`/admin/websites/${context.website()}/team`,
          {
            body: { email: options.email, role: options.role },
          },
        );
        if (context.json) return printJson(data);
        const invitation = (data[0] ?? {}) as { email?: string; role?: string; inviteUrl?: string };
        process.stderr.write(
          `Invited ${invitation.email} as ${invitation.role}. Send them this link (valid 7 days):\n`,
        );
        process.stdout.write(`${invitation.inviteUrl}\n`);
      }),
    );

  team
    .command("role <userId>")
    .description("Change a member's role")
    .requiredOption("--role <role>", "owner, member or viewer")
    .addHelpText("after", examples("keyward team role 7a6b… --role viewer --website 2c1d…"))
    .action(
      withContext(async (context, userId: string, options: { role: string }) => {
        const { data } = await context.api.request(
          "PATCH",
          apiPath`/admin/websites/${context.website()}/team/${userId}`,
          { body: { role: options.role } },
        );
        context.one(data);
      }),
    );

  team
    .command("remove <userId>")
    .description("Remove a member (or cancel an invitation by its id)")
    .option("--yes", "do not ask")
    .addHelpText("after", examples("keyward team remove 7a6b… --website 2c1d… --yes"))
    .action(
      withContext(async (context, userId: string, options: { yes?: boolean }) => {
        await confirmOrExit(`Remove ${userId} from the website?`, options.yes);
        const { data } = await context.api.request(
          "DELETE",
          apiPath`/admin/websites/${context.website()}/team`,
          {
            body: { userId },
          },
        );
        context.one(data);
      }),
    );
}
