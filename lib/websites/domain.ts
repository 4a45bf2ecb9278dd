// A website's domain, as the forms (on blur) and the server (before validating) read it. One
// module for both sides, so a pasted URL becomes the same bare host wherever it is entered.
// Client-safe: no server-only imports.

const SCHEME = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// Letters, marks and digits of any script, hyphens and dots: the only hosts handed to the URL
// parser for punycode. Browsers' parsers differ on anything else (Chromium turns a space into
// %20), and an error should show what the person typed.
const CONVERTIBLE = /^[\p{L}\p{M}\p{N}.-]+$/u;
const EXAMPLE = "shop.example.com";
export const MAX_DOMAIN_LENGTH = 253;

/**
 * The bare host in what someone typed or pasted: the scheme, path, query, fragment and trailing
 * dots removed, in lower case, an internationalised name in punycode. Ports, credentials and
 * characters no domain has are left in place for domainProblem to name.
 */
export function normaliseDomain(typed: string): string {
  const [beforePath = ""] = typed.trim().replace(SCHEME, "").split(/[/?#]/, 1);
  const host = beforePath.toLowerCase().replace(/\.+$/, "");
  return /[^\x00-\x7f]/.test(host) ? toPunycode(host) : host;
}

function toPunycode(host: string): string {
  if (!CONVERTIBLE.test(host)) return host;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return host;
  }
}

/**
 * Why a normalised, non-empty host is not a domain, in words that quote it as shown (never
 * URL-encoded); null when it is one.
 */
export function domainProblem(host: string): string | null {
  if (/\s/.test(host)) return `Remove the spaces from "${host}": a domain has none, like ${EXAMPLE}.`;
  const at = host.lastIndexOf("@");
  if (at >= 0) return `Remove "${host.slice(0, at + 1)}": enter just the domain, like ${EXAMPLE}.`;
  const port = /:\d*$/.exec(host);
  if (port) return `Remove the port "${port[0]}": enter just the domain, like ${EXAMPLE}.`;
  if (!host.includes(".")) return `Enter the full domain, with a dot, like ${EXAMPLE}.`;
  if (!host.split(".").every((label) => HOST_LABEL.test(label))) {
    return `"${host}" is not a domain: use letters, digits, hyphens and dots, like ${EXAMPLE}.`;
  }
  return null;
}
