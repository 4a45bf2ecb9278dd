import { randomUUID } from "node:crypto";
import { ODD_STRINGS, ODD_VALUES } from "./fuzz-values";

// A small deterministic generator of values from the JSON Schemas in the OpenAPI document:
// valid-ish values that follow the schema's type, format, enum, examples and bounds (constraints
// written in code, like "a real timezone", are met only through `examples`), and odd ones.

type Schema = Record<string, unknown>;

export type Random = {
  next: () => number;
  int: (below: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
};

/** mulberry32: tiny, fast and the same sequence for the same seed. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

function text(r: Random, schema: Schema): string {
  const min = (schema.minLength as number | undefined) ?? 1;
  const max = Math.min((schema.maxLength as number | undefined) ?? 12, Math.max(min, 12));
  const length = min + r.int(max - min + 1);
  return Array.from({ length }, () => ALPHABET[r.int(ALPHABET.length)]).join("");
}

function stringValue(r: Random, schema: Schema, ids: readonly string[]): string {
  switch (schema.format) {
    case "uuid":
      return r.chance(0.7) && ids.length > 0 ? r.pick(ids) : randomUUID();
    case "email":
      return `fuzz-${text(r, {})}@example.com`;
    case "date-time":
      return new Date(Date.UTC(2026, r.int(12), 1 + r.int(28))).toISOString();
    default:
      return text(r, schema);
  }
}

function types(schema: Schema): string[] {
  const type = schema.type;
  return Array.isArray(type) ? (type as string[]) : typeof type === "string" ? [type] : [];
}

/** A value that follows `schema`, as far as its JSON Schema says; `ids` are ids worth naming. */
export function validValue(r: Random, schema: Schema, ids: readonly string[] = []): unknown {
  if (Array.isArray(schema.examples) && schema.examples.length > 0 && r.chance(0.8))
    return r.pick(schema.examples);
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return r.pick(schema.enum);
  for (const key of ["anyOf", "oneOf"])
    if (Array.isArray(schema[key])) return validValue(r, r.pick(schema[key] as Schema[]), ids);
  const type = r.pick(
    types(schema)
      .filter((t) => t !== "null")
      .concat(types(schema).length === 0 ? ["string"] : []),
  );
  switch (type) {
    case "string":
      return stringValue(r, schema, ids);
    case "number":
    case "integer": {
      const min = (schema.minimum as number | undefined) ?? 0;
      const max = Math.min((schema.maximum as number | undefined) ?? 1000, min + 1000);
      return type === "integer"
        ? min + r.int(max - min + 1)
        : Math.round((min + r.next() * (max - min)) * 100) / 100;
    }
    case "boolean":
      return r.chance(0.5);
    case "array": {
      const min = (schema.minItems as number | undefined) ?? 0;
      const count =
        min + r.int(Math.max(1, Math.min((schema.maxItems as number | undefined) ?? 3, 3) - min + 1));
      const items = Array.from({ length: count }, () =>
        validValue(r, (schema.items as Schema | undefined) ?? {}, ids),
      );
      return schema.uniqueItems
        ? [...new Set(items.map((item) => JSON.stringify(item)))].map((item) => JSON.parse(item) as unknown)
        : items;
    }
    case "object":
      return objectValue(r, schema, ids);
    default:
      return null;
  }
}

function objectValue(r: Random, schema: Schema, ids: readonly string[]): Record<string, unknown> {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const result: Record<string, unknown> = {};
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    if (required.has(name) || r.chance(0.5)) result[name] = validValue(r, property, ids);
  }
  if (typeof schema.additionalProperties === "object" && r.chance(0.5))
    result[`k${r.int(10)}`] = validValue(r, schema.additionalProperties as Schema, ids);
  return result;
}

/** An odd value for any field: a wrong type, an edge number, an injection, a huge string… */
export function oddValue(r: Random): unknown {
  return r.pick(ODD_VALUES);
}

/** An odd string for a query parameter or a path id. */
export function oddString(r: Random): string {
  return r.pick(ODD_STRINGS);
}
