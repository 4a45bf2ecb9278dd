// Values that have broken parsers before: wrong types, edge numbers, injection and control
// characters, prototype keys, oversized and deeply nested input. Used by the S54 fuzz.

/** Odd JSON values for any body field. */
export const ODD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e20,
  -1e20,
  Number.MAX_SAFE_INTEGER + 2,
  "",
  " ",
  "NaN",
  "Infinity",
  "-1",
  "1e20",
  "__proto__",
  "constructor",
  "' OR '1'='1' --",
  '"; DROP TABLE "Payment"; --',
  "\u0000",
  "\u202Eevil",
  "\u001b[31mred",
  "<script>alert(1)</script>",
  "x".repeat(10_240),
  "2026-13-45",
  [],
  ["a", "b"],
  {},
  { __proto__: null, nested: { deep: [1, { x: "y" }] } },
];

/** Odd strings for query parameters and path ids (already URL-encoded where it matters). */
export const ODD_STRINGS = [
  "",
  "NaN",
  "-1",
  "1e20",
  "99999999999999999999999",
  "__proto__",
  "constructor",
  "' OR 1=1 --",
  "%00",
  "%E2%80%AE",
  "<script>",
  "x".repeat(2_000),
  "2026-02-30",
  "0000-00-00",
  "a,b,,c",
  "..%2F..%2Fetc%2Fpasswd",
];

/** Odd whole bodies, as raw text. */
export const ODD_RAW_BODIES = [
  "null",
  "[]",
  '"string"',
  "123",
  "true",
  "{",
  '{"__proto__":{"role":"owner"},"constructor":{"prototype":{"admin":true}}}',
  `{"a":${"[".repeat(500)}${"]".repeat(500)}}`,
  JSON.stringify({ filler: "y".repeat(60_000) }),
];
