// Shared inputs for the table tests: values that look like catalogue entries but are not.
// Test-only; the model never imports it.

/** Near-misses of permission strings, and non-strings (SECURITY-MATRIX S21, S56, S57). */
export const NOT_PERMISSIONS: readonly unknown[] = [
  "Analytics:Read",
  "ANALYTICS:READ",
  " analytics:read",
  "analytics:read ",
  "analytics:read\n",
  "analytics:*",
  "*:*",
  "analytics:read\u0000",
  "analytics\uff1aread",
  "\u202eanalytics:read",
  "analytics:read\u200b",
  "analytics",
  "read",
  "",
  "**",
  "all",
  "*,analytics:read",
  "analytics:read,goals:read",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  null,
  undefined,
  0,
  1,
  true,
  {},
  [],
  ["analytics:read"],
  new String("analytics:read"),
];

/** Near-misses of role names, and non-strings. */
export const NOT_ROLES: readonly unknown[] = [
  "admin",
  "Owner",
  "OWNER",
  " owner",
  "owner ",
  "owner\u0000",
  "",
  "*",
  "__proto__",
  "constructor",
  "toString",
  null,
  undefined,
  0,
  {},
  ["owner"],
  new String("owner"),
];

/** Near-misses of operation names, and non-strings. */
export const NOT_OPERATIONS: readonly unknown[] = [
  "analytics.write",
  "Analytics.read",
  "analytics.read ",
  "analytics:read",
  "team.*",
  "*",
  "",
  "website.delete\u0000",
  "tokens.update",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  null,
  undefined,
  42,
  {},
];

/** A short, printable-ASCII test-name form of any value: control and bidi characters escaped, long values cut. */
export function show(value: unknown): string {
  const json =
    value instanceof String
      ? `new String(${JSON.stringify(String(value))})`
      : (JSON.stringify(value) ?? String(value));
  const printable = json.replace(
    /[^\x20-\x7e]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return printable.length > 60 ? `${printable.slice(0, 60)}…` : printable;
}

/** [label, value] pairs for it.each, so test names show the exact value safely. */
export function labelled(values: readonly unknown[]): [string, unknown][] {
  return values.map((value) => [show(value), value]);
}
