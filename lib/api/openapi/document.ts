import "server-only";
import {
  API_TAGS,
  CATALOGUE,
  credentialKinds,
  errorStatuses,
  isOwnerOnly,
  requiredPermission,
  SECRET_PREFIX,
  type ApiOperation,
} from "@/lib/api/catalogue";
import { jsonSchemaOf, type JsonSchema } from "./json-schema";

// The OpenAPI 3.1 document of /api/v1, generated from the route catalogue and the zod schemas
// the routes parse with: nothing here is written twice.

export const OPENAPI_VERSION = "3.1.0";

const ERROR_DESCRIPTION: Record<number, string> = {
  400: "Bad input: a malformed query or body (unknown fields are refused). Never for an id: one that names nothing is a 404 (a website's, a 403).",
  401: "Missing, malformed, unknown, revoked, rolled or expired secret.",
  403: "The secret lacks the permission, the website is out of its scope or the caller's role or does not exist (the same answer), or the act is owner-only.",
  404: "Not found, or not visible to the caller, whatever the id's format.",
  409: "Conflict with the current state.",
  413: "The JSON body is larger than 64 KB.",
  429: "Rate limited: too many invalid secrets from this address, or this secret is over its per-minute quota.",
  500: "Unexpected error; the message carries a reference id for the server log, never details.",
  503: "The database cannot be reached; retry after the `Retry-After` seconds.",
};

/** Statuses any operation can answer whatever its shape: an unexpected error, a database outage. */
const SERVER_STATUSES = [500, 503];

const RETRY_AFTER = {
  "Retry-After": { description: "Seconds to wait.", schema: { type: "integer", minimum: 1 } },
};

function errorEnvelope(status: number): JsonSchema {
  return {
    type: "object",
    required: ["status", "error"],
    additionalProperties: false,
    properties: {
      status: { const: "error" },
      error: {
        type: "object",
        required: ["code", "message"],
        additionalProperties: false,
        properties: { code: { const: status }, message: { type: "string" } },
      },
    },
  };
}

function successEnvelope(operation: ApiOperation): JsonSchema {
  const item = jsonSchemaOf(operation.response, "output");
  return {
    type: "object",
    required: ["status", "data"],
    additionalProperties: false,
    properties: {
      status: { const: "success" },
      data: { type: "array", items: item, ...(operation.list ? {} : { minItems: 1, maxItems: 1 }) },
    },
  };
}

type Parameter = {
  name: string;
  in: "path" | "query";
  required: boolean;
  schema: JsonSchema;
  description?: string;
};

function parametersOf(operation: ApiOperation): Parameter[] {
  const result: Parameter[] = [];
  const add = (where: "path" | "query", schema: ApiOperation["params"]) => {
    if (!schema) return;
    const json = jsonSchemaOf(schema, "input");
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((json.properties ?? {}) as Record<string, JsonSchema>)) {
      result.push({ name, in: where, required: where === "path" || required.has(name), schema: property });
    }
  };
  add("path", operation.params);
  if (operation.website === "query") {
    result.push({
      name: "websiteId",
      in: "query",
      required: false,
      schema: { type: "string", format: "uuid" },
      description:
        "The website: required with a `dft_` token; a `df_` key implies its own (another id is a 403). A value that names no website, whatever its format, is the 403 of one you may not see.",
    });
  }
  add("query", operation.query);
  return result;
}

function describe(operation: ApiOperation): string {
  const permission = requiredPermission(operation);
  const lines = [operation.description ?? operation.summary];
  lines.push(
    permission
      ? `Needs \`${permission}\`${isOwnerOnly(operation) ? " and the owner role on the website" : ""}.`
      : "Any valid secret.",
  );
  lines.push(
    `Secrets: ${credentialKinds(operation)
      .map((kind) => `\`${SECRET_PREFIX[kind]}\``)
      .join(", ")}.`,
  );
  return lines.join("\n\n");
}

function operationObject(operation: ApiOperation): JsonSchema {
  const responses: Record<string, unknown> = {
    200: { description: "Success.", content: { "application/json": { schema: successEnvelope(operation) } } },
  };
  for (const status of [...errorStatuses(operation), ...SERVER_STATUSES])
    responses[status] = { $ref: `#/components/responses/Error${status}` };
  const body = operation.body ? jsonSchemaOf(operation.body, "input") : null;
  return {
    operationId: operation.id,
    tags: [operation.tag],
    summary: operation.summary,
    description: describe(operation),
    parameters: parametersOf(operation),
    ...(body
      ? {
          requestBody: {
            required: ((body.required as string[] | undefined) ?? []).length > 0,
            content: { "application/json": { schema: body } },
          },
        }
      : {}),
    responses,
    "x-permission": requiredPermission(operation),
    "x-owner-only": isOwnerOnly(operation),
    "x-secret-kinds": credentialKinds(operation).map((kind) => SECRET_PREFIX[kind]),
  };
}

function errorResponses(): Record<string, unknown> {
  const statuses = [...new Set([...CATALOGUE.flatMap(errorStatuses), ...SERVER_STATUSES])].sort(
    (a, b) => a - b,
  );
  return Object.fromEntries(
    statuses.map((status) => [
      `Error${status}`,
      {
        description: ERROR_DESCRIPTION[status] ?? "Error.",
        ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
        content: { "application/json": { schema: errorEnvelope(status) } },
      },
    ]),
  );
}

function buildDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of CATALOGUE) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method.toLowerCase()] = operationObject(operation);
  }
  return {
    openapi: OPENAPI_VERSION,
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Keyward API",
      version: "1",
      description:
        "Follows the DataFast public API: send `Authorization: Bearer <secret>` with a `dft_` account token or a `df_` website key. " +
        'Every answer is an envelope: `{"status":"success","data":[…]}` or `{"status":"error","error":{"code":<HTTP status>,"message":"…"}}`.',
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    tags: API_TAGS.map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "A `dft_` account token or a `df_` website key.",
        },
      },
      responses: errorResponses(),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildDocument>;

let cached: OpenApiDocument | undefined;

/** The document; built once per process (the catalogue does not change at run time). */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildDocument();
  return cached;
}
