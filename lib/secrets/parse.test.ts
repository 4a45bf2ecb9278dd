import { crc32 } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withChecksum } from "./checksum";
import { BASE62_ALPHABET, SECRET_PREFIX, type SecretKind } from "./format";
import { generateSecret } from "./generate";
import { parseSecret } from "./parse";

// Known-good vectors, checked independently with Python's zlib.crc32.
const BODY = "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bD1fH";
const KEY = `df_${BODY}14gWfx`;
const TOKEN = `dft_${BODY}1okrVp`;
const KINDS: SecretKind[] = ["website-key", "account-token"];
const MALFORMED = { ok: false, reason: "malformed" };
const CHECKSUM = { ok: false, reason: "checksum" };

const at = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

describe("parseSecret", () => {
  it.each([
    ["the website key vector", KEY, "website-key"],
    ["the account token vector", TOKEN, "account-token"],
    ["a website key whose body starts with t (df_t…)", withChecksum(`df_t${BODY.slice(1)}`), "website-key"],
  ])("accepts %s", (_label, input, kind) => {
    expect(parseSecret(input)).toEqual({ ok: true, kind, raw: input });
  });

  it.each<[string, unknown]>([
    ["an empty string", ""],
    ["a bare prefix", "df_"],
    ["a key one char short", KEY.slice(0, -1)],
    ["a key one char long", `${KEY}0`],
    ["a token one char short", TOKEN.slice(0, -1)],
    ["a token one char long", `${TOKEN}0`],
    ["df_ followed by a token-length tail", `df_${TOKEN.slice(3)}`],
    ["a trailing space", `${KEY} `],
    ["a trailing newline", `${KEY}\n`],
    ["a trailing CRLF", `${TOKEN}\r\n`],
    ["a leading space", ` ${KEY}`],
    ["a Bearer scheme left in", `Bearer ${KEY}`],
    ["a NUL inside the body", at(KEY, 10, "\0")],
    ["a NUL inside the checksum", at(KEY, 38, "\0")],
    ["a NUL appended", `${KEY}\0`],
    ["'-' in the body", at(KEY, 10, "-")],
    ["'_' in the body", at(TOKEN, 10, "_")],
    ["'+' in the body", at(KEY, 20, "+")],
    ["'/' in the checksum", at(KEY, 40, "/")],
    ["'=' padding in the checksum", at(TOKEN, 41, "=")],
    ["a space in the body", at(KEY, 5, " ")],
    ["DEL (0x7f) in the body", at(KEY, 5, "\x7f")],
    ["á (0xe1, low 7 bits = 'a') in the body", at(KEY, 5, "\u00e1")],
    ["š (0x161, low byte = 'a') in the checksum", at(KEY, 39, "\u0161")],
    ["Cyrillic а homoglyph in the body", at(KEY, 3, "\u0430")],
    ["a lone surrogate in the checksum", at(TOKEN, 41, "\ud800")],
    ["the homoglyph prefix df＿", `df\uff3f${KEY.slice(3)}`],
    ["the homoglyph prefix dft＿", `dft\uff3f${TOKEN.slice(4)}`],
    ["the Cyrillic-d prefix ԁf_", `\u0501f_${KEY.slice(3)}`],
    ["the upper-case prefix DF_", `DF_${KEY.slice(3)}`],
    ["the upper-case prefix DFT_", `DFT_${TOKEN.slice(4)}`],
    ["the prefix df- instead of df_", `df-${KEY.slice(3)}`],
    ["an unknown prefix dfx_", `dfx_${TOKEN.slice(4)}`],
    ["10 KB after a valid prefix", `df_${"a".repeat(10 * 1024)}`],
    ["10 KB of NULs", "\0".repeat(10 * 1024)],
    ["undefined", undefined],
    ["null", null],
    ["a number", 41],
    ["a boolean", true],
    ["a bigint", 1n],
    ["a symbol", Symbol(KEY)],
    ["a function returning a key", () => KEY],
    ["an object whose toString returns a key", { toString: () => KEY }],
    ["a boxed String of a key", new String(KEY)],
    ["an array holding a key", [KEY]],
    ["a Buffer of a key", Buffer.from(KEY)],
    ["a Uint8Array of a token", new TextEncoder().encode(TOKEN)],
  ])("S5 refuses %s as malformed, with no lookup", (_label, input) => {
    expect(parseSecret(input)).toEqual(MALFORMED);
  });

  it.each([
    ["the last checksum char changed", at(KEY, 40, KEY[40] === "0" ? "1" : "0")],
    ["an all-zero checksum", `${KEY.slice(0, -6)}000000`],
    ["a checksum above 2^32 (zzzzzz)", `${TOKEN.slice(0, -6)}zzzzzz`],
    ["another secret's checksum", `${KEY.slice(0, -6)}${TOKEN.slice(-6)}`],
    ["one body char changed", at(TOKEN, 4, "b")],
    ["two body chars transposed", `df_${BODY[1]}${BODY[0]}${KEY.slice(5)}`],
  ])("S6 refuses %s as a bad checksum, with no lookup", (_label, input) => {
    expect(parseSecret(input)).toEqual(CHECKSUM);
  });

  it.each(KINDS)("S6 accepts a forged %s with a correct checksum: the format never authenticates", (kind) => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...BASE62_ALPHABET), minLength: 32, maxLength: 32 }),
        (body) => {
          const forged = withChecksum(SECRET_PREFIX[kind] + body);
          expect(parseSecret(forged)).toEqual({ ok: true, kind, raw: forged });
        },
      ),
      { seed: 6, numRuns: 200 },
    );
  });

  it.each([
    ["df_ → dft_", `dft_${KEY.slice(3)}`],
    ["dft_ → df_", `df_${TOKEN.slice(4)}`],
  ])("S7 refuses the same body and checksum with the prefix swapped %s", (_label, input) => {
    expect(parseSecret(input)).toEqual(CHECKSUM);
  });

  it.each([
    ["website key", KEY],
    ["account token", TOKEN],
  ])("S7 refuses a %s with any one letter's case flipped", (_label, secret) => {
    const prefixLength = secret.indexOf("_") + 1;
    const flips = [...secret].flatMap((c, i) => {
      const flipped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      return flipped === c ? [] : [{ i, reason: parseSecret(at(secret, i, flipped)) }];
    });
    expect(flips.length).toBeGreaterThan(20);
    for (const { i, reason } of flips) {
      expect(reason, `position ${i}`).toEqual(i < prefixLength ? MALFORMED : CHECKSUM);
    }
  });
});

describe("S53 parseSecret properties", () => {
  const runs = { seed: 53, numRuns: 2_000 };

  // Independent oracle: a regex for the shape, zlib.crc32 and base62 via indexOf for the sum.
  const SHAPE = /^(?:df_[0-9A-Za-z]{38}|dft_[0-9A-Za-z]{38})$/;
  const expected = (s: string) => {
    if (!SHAPE.test(s)) return MALFORMED;
    const sum = [...s.slice(-6)].reduce((n, c) => n * 62 + BASE62_ALPHABET.indexOf(c), 0);
    if (sum !== crc32(s.slice(0, -6))) return CHECKSUM;
    return { ok: true, kind: s.startsWith("dft_") ? "account-token" : "website-key", raw: s };
  };

  const kind = fc.constantFrom(...KINDS);
  const base62 = fc.constantFrom(...BASE62_ALPHABET);
  const body = fc.string({ unit: base62, minLength: 32, maxLength: 32 });
  const secret = fc.tuple(kind, body).map(([k, b]) => withChecksum(SECRET_PREFIX[k] + b));

  it("S53 never throws on anything and refuses every non-string", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
          withDate: true,
        }),
        (input) => {
          const result = parseSecret(input);
          if (typeof input !== "string") expect(result).toEqual(MALFORMED);
        },
      ),
      runs,
    );
  });

  it.each<[string, fc.Arbitrary<string>]>([
    ["arbitrary UTF-16 strings", fc.string({ unit: "binary", maxLength: 64 })],
    ["strings of secret length", fc.string({ unit: "binary", minLength: 41, maxLength: 42 })],
    [
      "a prefix then arbitrary chars",
      fc
        .tuple(fc.constantFrom("df_", "dft_", "df", "dft"), fc.string({ maxLength: 40 }))
        .map(([p, s]) => p + s),
    ],
    [
      "a prefix then 37–40 base62 chars",
      fc
        .tuple(fc.constantFrom("df_", "dft_"), fc.string({ unit: base62, minLength: 37, maxLength: 40 }))
        .map(([p, s]) => p + s),
    ],
    ["valid secrets", secret],
    [
      "valid secrets with a char spliced in or cut out",
      fc
        .tuple(secret, fc.nat(), fc.boolean())
        .map(([s, n, cut]) =>
          cut
            ? s.slice(0, n % s.length) + s.slice((n % s.length) + 1)
            : at(s, n % s.length, `${s[n % s.length]}x`),
        ),
    ],
  ])("S53 never throws and agrees with the oracle on %s", (_label, strings) => {
    fc.assert(
      fc.property(strings, (s) => {
        expect(parseSecret(s)).toEqual(expected(s));
      }),
      runs,
    );
  });

  it.each(["utf8", "latin1", "utf16le"] as const)(
    "S53 never throws on arbitrary bytes, raw or decoded as %s",
    (encoding) => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
          expect(parseSecret(bytes)).toEqual(MALFORMED);
          const s = Buffer.from(bytes).toString(encoding);
          expect(parseSecret(s)).toEqual(expected(s));
        }),
        runs,
      );
    },
  );

  it("S53 generated secrets round-trip", () => {
    fc.assert(
      fc.property(kind, (k) => {
        const { raw } = generateSecret(k);
        expect(parseSecret(raw)).toEqual({ ok: true, kind: k, raw });
      }),
      runs,
    );
  });

  it("S53 refuses a valid secret with any one char changed to another base62 char", () => {
    fc.assert(
      fc.property(secret, fc.nat(), base62, (s, n, replacement) => {
        const prefixLength = s.indexOf("_") + 1;
        const i = prefixLength + (n % (s.length - prefixLength));
        fc.pre(s[i] !== replacement);
        expect(parseSecret(at(s, i, replacement))).toEqual(CHECKSUM);
      }),
      runs,
    );
  });
});
