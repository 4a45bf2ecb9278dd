import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/api/catalogue";
import { openApiDocument } from "./document";

type Json = Record<string, unknown>;

const document = openApiDocument();
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Json })),
);

/** Every schema object below `value`, with its JSON path. */
function* schemasIn(value: unknown, at: string): Generator<[string, Json]> {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* schemasIn(item, `${at}[${i}]`);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === "schema" || key === "items" || key === "additionalProperties")
      yield [`${at}.${key}`, child as Json];
    if (key === "properties")
      for (const [name, property] of Object.entries(child as Json))
        yield [`${at}.properties.${name}`, property as Json];
    yield* schemasIn(child, `${at}.${key}`);
  }
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with a bearer scheme and one operation per catalogue entry", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(operations.map(({ op }) => op.operationId).sort()).toEqual(CATALOGUE.map((op) => op.id).sort());
  });

  it("describes every request field: no schema is left as 'anything'", () => {
    const empty = operations.flatMap(({ path, method, op }) =>
      [...schemasIn({ parameters: op.parameters, requestBody: op.requestBody }, `${method} ${path}`)]
        .filter(([, schema]) => typeof schema === "object" && Object.keys(schema).length === 0)
        .map(([at]) => at),
    );
    expect(empty).toEqual([]);
  });

  it("compiles with ajv's JSON Schema 2020-12 build, every request and response schema", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const schemas = operations.flatMap(({ op }) =>
      [...schemasIn(op, "")].filter(([at]) => at.endsWith(".schema")).map(([, schema]) => schema),
    );
    expect(schemas.length).toBeGreaterThan(CATALOGUE.length);
    for (const schema of schemas) expect(() => ajv.compile(schema)).not.toThrow();
  });

  it("keeps the permission and secret kinds of each operation", () => {
    const create = document.paths["/admin/access-tokens"]!.post as Json;
    expect(create).toMatchObject({
      "x-permission": "api-keys:write",
      "x-secret-kinds": ["dft_"],
      "x-owner-only": false,
    });
    const remove = document.paths["/admin/websites/{websiteId}/team"]!.delete as Json;
    expect(remove).toMatchObject({
      "x-permission": "team:write",
      "x-secret-kinds": ["dft_", "df_"],
      "x-owner-only": true,
    });
  });
});
