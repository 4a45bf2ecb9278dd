import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The rule for lib/: a module that any client component can reach ("use client" files and
// everything they import, type-only imports and server actions aside) is shared code and must stay importable in
// the browser; every other module is server code and must start with `import "server-only"`, so
// that importing it from a client component fails the build instead of shipping it.

const root = path.resolve(__dirname, "..");
const SOURCE = /\.(ts|tsx)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      return name === "node_modules" || name === "generated" ? [] : walk(full);
    return SOURCE.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/**
 * Imports that reach the bundle: `import type` and `export type` lines erase at compile time;
 * `import("…")` reaches it too, as a chunk loaded on demand.
 */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm;
  const onDemand = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
  return [
    ...[...source.matchAll(pattern)].filter((m) => !m[2]).map((m) => m[3] ?? ""),
    ...[...source.matchAll(onDemand)].map((m) => m[1] ?? ""),
  ];
}

const directive = (file: string, name: string) =>
  new RegExp(`^\\s*["']use ${name}["']`).test(readFileSync(file, "utf8"));

function clientReachable(): Set<string> {
  const seen = new Set<string>();
  const queue = [...walk(path.join(root, "app")), ...walk(path.join(root, "components"))].filter((file) =>
    directive(file, "client"),
  );
  while (queue.length > 0) {
    const file = queue.pop() as string;
    // A "use server" module reaches the browser as references to its actions, never as code.
    if (seen.has(file) || directive(file, "server")) continue;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      const target = resolveImport(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

const libModules = walk(path.join(root, "lib")).filter(
  (file) => !/\.test\.ts$|test-fixtures\.ts$/.test(file),
);
const shared = clientReachable();
const importsServerOnly = (file: string) => /^import "server-only";$/m.test(readFileSync(file, "utf8"));
const relative = (file: string) => path.relative(root, file);

describe("server-only", () => {
  it("S12 every lib module no client component reaches imports server-only", () => {
    const missing = libModules.filter((file) => !shared.has(file) && !importsServerOnly(file)).map(relative);
    expect(missing).toEqual([]);
  });

  it("S12 modules client components reach never import server-only (the build would fail)", () => {
    expect(libModules.filter((file) => shared.has(file) && importsServerOnly(file)).map(relative)).toEqual(
      [],
    );
  });

  it("S12 no client component reaches the database, configuration, sessions or secret hashing", () => {
    const forbidden = [...shared]
      .map(relative)
      .filter((file) =>
        /^lib\/(db|auth|audit)\/|^lib\/env\.ts$|^lib\/secrets\/(digest|generate|link-token)\.ts$/.test(file),
      );
    expect(forbidden).toEqual([]);
  });

  it("S12 the import scan sees the client side (guards against a scan that finds nothing)", () => {
    expect(shared.has(path.join(root, "lib/access/index.ts"))).toBe(true);
    expect(libModules.length).toBeGreaterThan(50);
  });
});
