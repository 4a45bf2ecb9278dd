import { createInterface } from "node:readline/promises";
import { CliError } from "./errors";
import { EXIT } from "./exit-codes";

/** Asks before a destructive act; `--yes` skips it, and without a terminal `--yes` is required. */
export async function confirmOrExit(question: string, yes: boolean | undefined): Promise<void> {
  if (yes) return;
  if (!process.stdin.isTTY)
    throw new CliError(
      `${question} Not a terminal, so nothing was asked: add --yes to go ahead.`,
      EXIT.usage,
    );
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await prompt.question(`${question} [y/N] `);
  prompt.close();
  if (!/^y(es)?$/i.test(answer.trim())) throw new CliError("Cancelled: nothing was changed.", EXIT.error);
}
