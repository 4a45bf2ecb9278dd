import { beforeAll, describe, expect, it } from "vitest";
import { createAlert } from "@/lib/alerts/create-alert";
import { CATALOGUE, type ApiOperation } from "@/lib/api/catalogue";
import { openApiDocument } from "@/lib/api/openapi/document";
import { createFunnel } from "@/lib/funnels/create-funnel";
import { makeApiWorld, type ApiWorld } from "@/test/api-world";
import { asSession, makeAccountToken, makeWebsite, makeWebsiteKey } from "@/test/factories";
import { ODD_RAW_BODIES } from "@/test/fuzz-values";
import { call } from "@/test/http";
import { handlerFor, loadRouteModules, urlOf, type RouteModule } from "@/test/route-modules";
import { oddString, oddValue, seeded, validValue, type Random } from "@/test/schema-values";

// S54: every /api/v1 operation, fuzzed from its OpenAPI document with each credential kind.
// Requests follow the document (valid-ish values per schema), and about half are spoiled in
// one place. No answer may be a 5xx, and test/http.ts checks every reply against the document.
// The seed changes per run and is printed with any failure.

type Schema = Record<string, unknown>;
type Parameter = { name: string; in: "path" | "query"; required: boolean; schema: Schema };
type DocOperation = {
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: Schema } } };
};

const SEED = Date.now() % 2 ** 31;
const KINDS = { "dft_ * of the owner": 4, "df_ of website A": 3, "no secret": 1 } as const;
type Kind = keyof typeof KINDS;

let world: ApiWorld;
let modules: RouteModule[];
let ids: string[];
let throwaway: string[];

function docOperation(op: ApiOperation): DocOperation {
  const paths = openApiDocument().paths as unknown as Record<string, Record<string, DocOperation>>;
  return paths[op.path]![op.method.toLowerCase()]!;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

type Fuzzed = {
  label: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
  rawBody?: string;
};

function pathValue(r: Random, op: ApiOperation, parameter: Parameter): string {
  if (parameter.name !== "websiteId") return String(validValue(r, parameter.schema, ids));
  // Deleting website A would leave the rest of the run with nothing to reach.
  if (op.method === "DELETE" && op.path === "/admin/websites/{websiteId}") return r.pick(throwaway);
  return r.chance(0.85) ? world.A : r.pick([world.B, world.C]);
}

function fuzzed(r: Random, op: ApiOperation, kind: Kind): Fuzzed {
  const doc = docOperation(op);
  const params: Record<string, string> = {};
  const query: Record<string, string> = {};
  for (const p of doc.parameters) {
    if (p.in === "path") params[p.name] = pathValue(r, op, p);
    else if (p.name === "websiteId") {
      if (kind !== "df_ of website A" || r.chance(0.2)) query.websiteId = world.A;
    } else if (p.required || r.chance(0.5)) query[p.name] = String(validValue(r, p.schema, ids));
  }
  const bodySchema = doc.requestBody?.content["application/json"].schema;
  const body = bodySchema ? (validValue(r, bodySchema, ids) as Record<string, unknown>) : undefined;
  const request: Fuzzed = { label: "valid-ish", params, query, body };
  if (r.chance(0.5)) return request;
  const spoilers: (() => Fuzzed)[] = [];
  const pathNames = Object.keys(params);
  if (pathNames.length)
    spoilers.push(() => {
      const name = r.pick(pathNames);
      const value = oddString(r);
      return {
        ...request,
        label: `path ${name}=${value.slice(0, 30)}`,
        params: { ...params, [name]: value },
      };
    });
  const queryNames = doc.parameters.filter((p) => p.in === "query").map((p) => p.name);
  if (queryNames.length)
    spoilers.push(() => {
      const name = r.pick(queryNames);
      const value = oddString(r);
      return { ...request, label: `query ${name}=${value.slice(0, 30)}`, query: { ...query, [name]: value } };
    });
  if (body) {
    const fields = Object.keys((bodySchema!.properties ?? {}) as Schema);
    spoilers.push(() => {
      const name = fields.length ? r.pick(fields) : "name";
      const value = oddValue(r);
      return {
        ...request,
        label: `body ${name}=${JSON.stringify(value)?.slice(0, 30)}`,
        body: { ...body, [name]: value },
      };
    });
    spoilers.push(() => ({
      ...request,
      label: "body with an unknown field",
      body: { ...body, role: "owner", digest: "00" },
    }));
    spoilers.push(() => {
      const raw = r.pick(ODD_RAW_BODIES);
      return { ...request, label: `raw body ${raw.slice(0, 30)}`, body: undefined, rawBody: raw };
    });
  }
  return spoilers.length ? r.pick(spoilers)() : request;
}

beforeAll(async () => {
  world = await makeApiWorld();
  modules = await loadRouteModules();
  const owner = asSession(world.owner.id);
  const steps = [
    { name: "a", goal: "a" },
    { name: "b", goal: "b" },
  ];
  const funnel = await createFunnel(owner, world.A, { name: "Existing", steps });
  const alert = await createAlert(owner, world.A, {
    name: "Existing",
    trigger: { goalName: "signup" },
    template: { message: "Someone signed up." },
  });
  const spareKey = await makeWebsiteKey(world.A, world.owner.id);
  const spareToken = await makeAccountToken(world.owner.id);
  ids = [
    world.A,
    funnel._id,
    alert._id,
    spareKey.key._id,
    spareToken.token._id,
    world.member.id,
    world.viewer.id,
  ];
  throwaway = [(await makeWebsite(world.owner.id))._id, (await makeWebsite(world.owner.id))._id];
});

describe(`S54 fuzz every /api/v1 operation from the OpenAPI document (seed ${SEED})`, () => {
  it.each(CATALOGUE.map((op) => [`${op.method} ${op.path}`, op] as const))(
    "S54 %s with dft_, df_ and no secret: no 5xx, replies match the document",
    async (_name, op) => {
      const handler = handlerFor(modules, op);
      const failures: string[] = [];
      for (const [kind, count] of Object.entries(KINDS) as [Kind, number][]) {
        const r = seeded(SEED ^ hash(`${op.id} ${kind}`));
        const secret =
          kind === "dft_ * of the owner"
            ? world.secrets.owner
            : kind === "df_ of website A"
              ? world.secrets.keyA
              : undefined;
        for (let i = 0; i < count; i++) {
          const request = fuzzed(r, op, kind);
          const label = `${kind}, ${request.label}`;
          try {
            const reply = await call(handler, {
              method: op.method,
              path: urlOf(op, request.params, request.query),
              params: request.params,
              secret,
              body: request.body,
              rawBody: request.rawBody,
              headers: {
                "x-forwarded-for": `192.0.2.${1 + r.int(250)}`,
                ...(request.rawBody !== undefined ? { "content-type": "application/json" } : {}),
              },
            });
            if (reply.status >= 500) failures.push(`${label}: ${reply.status} ${reply.json.error?.message}`);
          } catch (error) {
            failures.push(`${label}: ${(error as Error).message.slice(0, 300)}`);
          }
        }
      }
      expect(failures, `seed ${SEED}`).toEqual([]);
    },
  );

  it("S57 prototype keys in fuzzed bodies changed nothing outside the requests", () => {
    expect(({} as Record<string, unknown>).role).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
