// What the CLI writes: aligned tables for people, the API's `data` as JSON for scripts (--json),
// colour only on a terminal without NO_COLOR, and a spinner only when stderr is a terminal.

export type Stream = { write(text: string): unknown; isTTY?: boolean };
export type Column = { header: string; value: (row: Record<string, unknown>) => unknown };

export function colourAllowed(
  stream: Stream,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  return stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== "dumb";
}

function paint(code: string, text: string, stream: Stream): string {
  return colourAllowed(stream) ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export const bold = (text: string, stream: Stream = process.stdout) => paint("1", text, stream);
export const yellow = (text: string, stream: Stream = process.stderr) => paint("33", text, stream);
export const red = (text: string, stream: Stream = process.stderr) => paint("31", text, stream);

export function cell(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.map(cell).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Columns padded to their widest cell; the last one is not padded. */
export function formatTable(rows: Record<string, unknown>[], columns: Column[]): string {
  const cells = rows.map((row) => columns.map((column) => cell(column.value(row))));
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((line) => (line[i] ?? "").length)),
  );
  const render = (line: string[]) =>
    line
      .map((text, i) => (i === line.length - 1 ? text : text.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [render(columns.map((column) => column.header)), ...cells.map(render)].join("\n");
}

/** `key  value` lines for one record. */
export function formatRecord(row: Record<string, unknown>): string {
  const keys = Object.keys(row);
  const width = Math.max(0, ...keys.map((key) => key.length));
  return keys.map((key) => `${key.padEnd(width)}  ${cell(row[key])}`).join("\n");
}

export function printJson(data: unknown, stream: Stream = process.stdout): void {
  stream.write(`${JSON.stringify(data, null, 2)}\n`);
}

/** A new secret: the value alone on stdout (pipeable), the warning on stderr. */
export function printSecret(label: string, secret: string): void {
  process.stderr.write(
    yellow(`${label} — shown this once: store it now (a password manager or your CI's secrets).\n`),
  );
  process.stdout.write(`${secret}\n`);
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/** Runs `work` with a spinner on stderr when it is a terminal; silent otherwise. */
export async function withSpinner<T>(label: string, work: () => Promise<T>, stream: Stream = process.stderr) {
  if (stream.isTTY !== true) return work();
  let frame = 0;
  const timer = setInterval(() => stream.write(`\r${FRAMES[frame++ % FRAMES.length]} ${label}`), 80);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    stream.write("\r\u001b[2K");
  }
}
