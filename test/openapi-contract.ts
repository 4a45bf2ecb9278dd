import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { ApiOperation } from "@/lib/api/catalogue";
import { openApiDocument } from "@/lib/api/openapi/document";

// Every reply test/http.ts `call()` receives is checked against the generated OpenAPI document:
// its status must be documented for the operation, and its body must match that response's
// schema (ajv, JSON Schema 2020-12). A mismatch throws, failing the test that made the call.

type Json = Record<string, unknown>;

const document = openApiDocument() as unknown as Json;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
const observed = new Set<string>();

function pointer(...parts: string[]): string {
  return `#/${parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;
}

/** The JSON Schema of the body the document gives for `status`, or null when it lists no such status. */
function responseSchema(operation: ApiOperation, status: number): Json | null {
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, Json> }>>;
  let response = paths[operation.path]?.[operation.method.toLowerCase()]?.responses[String(status)];
  if (response && typeof response.$ref === "string") {
    const name = response.$ref.split("/").pop()!;
    response = ((document.components as Json).responses as Record<string, Json>)[name];
  }
  const content = response?.content as Record<string, { schema: Json }> | undefined;
  return content?.["application/json"]?.schema ?? null;
}

function validatorFor(operation: ApiOperation, status: number) {
  const key = `${operation.id} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const schema = responseSchema(operation, status);
    if (!schema)
      throw new Error(
        `${operation.method} ${operation.path} answered ${status}, which the OpenAPI document does not list (${pointer("paths", operation.path)}).`,
      );
    validate = ajv.compile(schema);
    validators.set(key, validate);
  }
  return validate;
}

/** Throws unless the reply is documented for the operation and matches its schema. */
export function checkReply(
  operation: ApiOperation,
  reply: { status: number; headers: Headers; json: unknown },
): void {
  const validate = validatorFor(operation, reply.status);
  if (!validate(reply.json)) {
    const details = ajv.errorsText(validate.errors, { separator: "; " });
    throw new Error(
      `${operation.method} ${operation.path} ${reply.status} does not match the OpenAPI document: ${details}\n${JSON.stringify(reply.json).slice(0, 500)}`,
    );
  }
  if (reply.status === 429 && !reply.headers.get("retry-after"))
    throw new Error(`${operation.method} ${operation.path} 429 without Retry-After.`);
  observed.add(`${operation.id} ${reply.status}`);
}

/** "operationId status" of every reply checked so far in this test file. */
export function observedReplies(): ReadonlySet<string> {
  return observed;
}
