import "server-only";
/** Where to go after signing in: only a path on this site, never another host. */
export function safeNextPath(value: string | string[] | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\"))
    return "/";
  return value;
}

/** "?email=…&next=…" for links between sign-in and sign-up, so an invitation's email and return path survive the switch. */
export function authQuery(email: string, next: string): string {
  const params = new URLSearchParams();
  if (email) params.set("email", email);
  if (next !== "/") params.set("next", next);
  const query = params.toString();
  return query ? `?${query}` : "";
}
