import "server-only";
import { jsonSchemaOf, type JsonSchema } from "@/lib/api/openapi/json-schema";
import {
  API_TAGS,
  credentialKinds,
  isOwnerOnly,
  requiredPermission,
  SECRET_PREFIX,
  type ApiOperation,
  type ApiTag,
} from "./operation";
import { CATALOGUE } from "./index";

// The catalogue as the API reference page shows it: plain data, no zod.

export type ReferenceField = {
  name: string;
  where: "path" | "query" | "body";
  type: string;
  required: boolean;
  note: string | null;
};
export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  permission: string | null;
  ownerOnly: boolean;
  secrets: string[];
  fields: ReferenceField[];
};

function typeOf(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if ("const" in schema) return JSON.stringify(schema.const);
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (branches) return branches.map(typeOf).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "any");
  if (type === "array" && schema.items) return `${typeOf(schema.items as JsonSchema)}[]`;
  return typeof schema.format === "string" ? `${type} (${schema.format})` : type;
}

function noteOf(schema: JsonSchema): string | null {
  const parts: string[] = [];
  if (typeof schema.description === "string") parts.push(schema.description);
  if ("default" in schema) parts.push(`default ${JSON.stringify(schema.default)}`);
  if (Array.isArray(schema.examples) && schema.examples.length > 0)
    parts.push(`e.g. ${JSON.stringify(schema.examples[0])}`);
  return parts.length ? parts.join("; ") : null;
}

function fieldsOf(where: ReferenceField["where"], schema: ApiOperation["body"]): ReferenceField[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema, "input");
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries((json.properties ?? {}) as Record<string, JsonSchema>).map(([name, property]) => ({
    name,
    where,
    type: typeOf(property),
    required: where === "path" || required.has(name),
    note: noteOf(property),
  }));
}

function toReference(operation: ApiOperation): ReferenceOperation {
  const website: ReferenceField[] =
    operation.website === "query"
      ? [
          {
            name: "websiteId",
            where: "query",
            type: "string (uuid)",
            required: false,
            note: "Required with a dft_ token; a df_ key implies its website. One that names no website, whatever its format, is a 403.",
          },
        ]
      : [];
  return {
    id: operation.id,
    method: operation.method,
    path: `/api/v1${operation.path}`,
    summary: operation.summary,
    description: operation.description ?? null,
    permission: requiredPermission(operation),
    ownerOnly: isOwnerOnly(operation),
    secrets: credentialKinds(operation).map((kind) => SECRET_PREFIX[kind]),
    fields: [
      ...fieldsOf("path", operation.params),
      ...website,
      ...fieldsOf("query", operation.query),
      ...fieldsOf("body", operation.body),
    ],
  };
}

/** Every operation, grouped by tag in the catalogue's tag order. */
export function apiReference(): { tag: ApiTag; operations: ReferenceOperation[] }[] {
  return API_TAGS.map((tag) => ({
    tag,
    operations: CATALOGUE.filter((op) => op.tag === tag).map(toReference),
  })).filter((group) => group.operations.length > 0);
}
