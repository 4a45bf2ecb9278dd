import { expect, it } from "vitest";

// lib/access must stay pure so that client components, actions and REST can all import it:
// no Next, React, Prisma, node: or I/O. Read the model's own sources (not the tests) as text.
const sources = import.meta.glob<string>(["./*.ts", "!./*.test.ts", "!./test-fixtures.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

const IMPORT = /\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g;
const AMBIENT =
  /\b(?:process|globalThis|require|fetch|Date|Math\.random|console|setTimeout|window|document)\b/;

it("reads every source file of the model", () => {
  expect(Object.keys(sources)).toEqual(
    expect.arrayContaining(["./index.ts", "./authorize.ts", "./grid-test-fixtures.ts"]),
  );
});

it.each(Object.entries(sources))(
  "%s imports only sibling modules and touches no ambient I/O",
  (_path, text) => {
    const outside = [...text.matchAll(IMPORT)]
      .map((match) => match[1])
      .filter((specifier) => !specifier?.startsWith("./"));
    expect(outside).toEqual([]);
    expect(text).not.toMatch(AMBIENT);
  },
);
