// Untrusted input echoed in an error message: it can reach logs and screens, so it must not forge
// lines, hide behind bidi or zero-width characters, pass as a homoglyph, or flood.
// Valid permissions and ids are printable ASCII, so everything else is shown as \uXXXX.
const MAX_CHARS = 40;

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '"' || ch === "\\") return `\\${ch}`;
  if (code >= 0x20 && code <= 0x7e) return ch;
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Printable-ASCII rendering of untrusted text, cut to 40 characters. */
export function safeText(input: string): string {
  // UTF-16 code units, so lone surrogates and pairs are escaped alike.
  const head = input.slice(0, MAX_CHARS).split("").map(escapeChar).join("");
  return input.length > MAX_CHARS ? `${head}…` : head;
}

/** safeText in double quotes, e.g. `"Analytics:Read"`. */
export function quoted(input: string): string {
  return `"${safeText(input)}"`;
}
