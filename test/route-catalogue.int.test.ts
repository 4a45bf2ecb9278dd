import { describe, expect, it } from "vitest";
import { z } from "zod";
import { operationOf } from "@/lib/api/define-route";
import { CATALOGUE, HTTP_METHODS } from "@/lib/api/catalogue";
import { loadRouteModules } from "@/test/route-modules";

// The catalogue and the route files agree: every route module under app/api/v1 serves exactly
// the catalogue's operations for its path, each handler built from that very entry.

// The OpenAPI document itself (public, not in the envelope), and the 404 of every unknown path:
// not operations of the API.
// The device sign-in endpoints answer in RFC 6749's JSON and the secret-scanning webhook in
// GitHub's feedback format, not the envelope.
const OUTSIDE_CATALOGUE = [
  "/openapi.json",
  "/{...path}",
  "/device/code",
  "/device/token",
  "/secret-scanning/reports",
];

describe("route catalogue ↔ app/api/v1 route modules", async () => {
  const modules = await loadRouteModules();

  it("finds the route modules", () => {
    expect(modules.length).toBeGreaterThan(15);
  });

  it.each(modules.filter((m) => !OUTSIDE_CATALOGUE.includes(m.path)).map((m) => [m.path, m] as const))(
    "%s serves exactly its catalogue methods",
    async (path, module) => {
      const expected = CATALOGUE.filter((op) => op.path === path);
      const served = HTTP_METHODS.filter((method) => operationOf(module.exports[method]!) !== null);
      expect(served).toEqual(HTTP_METHODS.filter((method) => expected.some((op) => op.method === method)));
      for (const method of served)
        expect(operationOf(module.exports[method]!)).toBe(expected.find((op) => op.method === method));
      const options = await module.exports.OPTIONS!(
        new Request(`http://keyward.test/api/v1${path}`, { method: "OPTIONS" }),
        { params: Promise.resolve({}) },
      );
      expect(options.headers.get("allow")).toBe([...served, "OPTIONS"].join(", "));
    },
  );

  it("every catalogue operation has a route module, and only the document is outside the catalogue", () => {
    const paths = new Set(modules.map((m) => m.path));
    expect(CATALOGUE.filter((op) => !paths.has(op.path)).map((op) => `${op.method} ${op.path}`)).toEqual([]);
    expect([...paths].filter((path) => !CATALOGUE.some((op) => op.path === path)).sort()).toEqual(
      [...OUTSIDE_CATALOGUE].sort(),
    );
  });

  it("an unknown /api/v1 path answers 404 in the JSON error envelope, whatever the method", async () => {
    const fallback = modules.find((m) => m.path === "/{...path}")!;
    for (const method of [...HTTP_METHODS, "OPTIONS"]) {
      const response = await fallback.exports[method]!(
        new Request("http://keyward.test/api/v1/no/such/thing", { method }),
        { params: Promise.resolve({ path: ["no", "such", "thing"] }) },
      );
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        status: "error",
        error: { code: 404, message: expect.stringContaining("No such API endpoint") },
      });
    }
  });

  it("operation ids and method + path pairs are unique", () => {
    expect(new Set(CATALOGUE.map((op) => op.id)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((op) => `${op.method} ${op.path}`)).size).toBe(CATALOGUE.length);
  });

  it.each(CATALOGUE.map((op) => [op.id, op] as const))(
    "%s: the path's {names} are exactly its params schema's keys",
    (_id, op) => {
      const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort();
      const keys = op.params ? Object.keys((op.params as z.ZodObject).shape).sort() : [];
      expect(keys).toEqual(names);
      if (op.website === "path") expect(names).toContain("websiteId");
    },
  );
});
