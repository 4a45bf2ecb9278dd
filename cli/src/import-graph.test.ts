import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The CLI is a REST client only: everything it can load stays inside cli/ and uses Node,
// its own dependencies and nothing of the server (no lib/db, lib/access, server-only, "@/").

const cliRoot = path.resolve(__dirname, "..");
const ENTRIES = [path.join(cliRoot, "bin.mjs"), path.join(cliRoot, "src/main.ts")];
const PACKAGES = /^(node:|commander$|@modelcontextprotocol\/sdk\/|tsx\/)/;

function specifiers(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const pattern =
    /(?:^\s*(?:import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?|import\()\s*["']([^"']+)["']/gm;
  return [...source.matchAll(pattern)].filter((m) => !m[1]).map((m) => m[2] ?? "");
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  return (
    [base, `${base}.ts`, path.join(base, "index.ts")].find((f) => existsSync(f) && statSync(f).isFile()) ??
    null
  );
}

function importGraph() {
  const files = new Set<string>();
  const external = new Set<string>();
  const queue = [...ENTRIES];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of specifiers(file)) {
      if (!specifier.startsWith(".")) {
        external.add(specifier);
        continue;
      }
      const target = resolveRelative(file, specifier);
      if (target) queue.push(target);
      else external.add(`${path.relative(cliRoot, file)} → ${specifier} (unresolved)`);
    }
  }
  return { files: [...files].map((file) => path.relative(cliRoot, file)), external: [...external] };
}

describe("the CLI's import graph", () => {
  const graph = importGraph();

  it("never leaves cli/: no server code, database, lib/access or server-only is reachable", () => {
    expect(graph.files.filter((file) => file.startsWith(".."))).toEqual([]);
    expect(graph.external.filter((specifier) => !PACKAGES.test(specifier))).toEqual([]);
    for (const file of graph.files)
      expect(readFileSync(path.join(cliRoot, file), "utf8"), file).not.toMatch(
        /server-only|@\/lib\/|lib\/db/,
      );
  });

  it("sees the whole CLI (guards against a scan that finds nothing)", () => {
    expect(graph.files).toEqual(
      expect.arrayContaining(["bin.mjs", "src/main.ts", "src/mcp/server.ts", "src/commands/tokens.ts"]),
    );
    expect(graph.external).toEqual(expect.arrayContaining(["commander", "tsx/esm/api"]));
  });
});
