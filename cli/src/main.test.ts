import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "./main";

function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

function helpOf(command: Command): string {
  let text = "";
  command.configureOutput({ writeOut: (chunk) => (text += chunk), writeErr: (chunk) => (text += chunk) });
  command.outputHelp();
  return text;
}

describe("keyward --help", () => {
  const commands = everyCommand(buildProgram());

  it("every command's --help shows examples", () => {
    const withoutExamples = commands.filter(
      (command) => !helpOf(command).includes("\nExamples:\n  $ keyward"),
    );
    expect(withoutExamples.map((command) => command.name())).toEqual([]);
  });

  it("has DataFast's command set", () => {
    const paths = commands.map((command) => {
      const names: string[] = [];
      for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
      return names.join(" ");
    });
    expect(paths).toEqual(
      expect.arrayContaining([
        "login",
        "logout",
        "whoami",
        "tokens create",
        "tokens delete",
        "tokens roll",
        "websites apikeys roll",
        "team invite",
        "team role",
        "team remove",
        "funnels create",
        "alerts delete",
        "analytics overview",
        "config set-website",
        "config clear-website",
        "mcp",
      ]),
    );
  });
});
