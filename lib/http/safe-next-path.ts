import "server-only";

const MAX_LENGTH = 2048;
// Control characters (tab, CR, LF, NUL…: browsers drop some and servers refuse others in a
// Location header) and invisible bidi or format marks that make a URL read as another.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
const BASE = "http://keyward.invalid";

/**
 * Where to go after signing in: a path on this site only. Anything else — another host, a
 * scheme, `//host`, backslashes, control or bidi characters, over-long values — becomes "/".
 * Never throws.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || UNSAFE.test(value))
    return "/";
  let resolved: URL;
  try {
    resolved = new URL(value, BASE);
  } catch {
    return "/";
  }
  return resolved.origin === BASE ? value : "/";
}

/**
 * next-auth's `redirect` callback: a callbackUrl stays on this site (`baseUrl`), as a path
 * checked like `next`, whether it came as a path or as an absolute URL of this very origin.
 */
export function safeRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  let path = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      path = absolute.origin === new URL(baseUrl).origin ? absolute.href.slice(absolute.origin.length) : "/";
    } catch {
      path = "/";
    }
  }
  return `${baseUrl.replace(/\/$/, "")}${safeNextPath(path)}`;
}

/** "?email=…&next=…" for links between sign-in and sign-up, so an invitation's email and return path survive the switch. */
export function authQuery(email: string, next: string): string {
  const params = new URLSearchParams();
  if (email) params.set("email", email);
  if (next !== "/") params.set("next", next);
  const query = params.toString();
  return query ? `?${query}` : "";
}
