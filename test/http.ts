import { operationOf, type RouteHandler } from "@/lib/api/define-route";
import { checkReply } from "./openapi-contract";

// Calls a route handler the way Next.js does: a real Request and, for a route with dynamic
// segments only, a params promise. Every reply of a catalogue operation is checked against the
// OpenAPI document (test/openapi-contract.ts).

type Call = {
  method?: string;
  path: string;
  secret?: string;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  params?: Record<string, string>;
};

export type Reply = {
  status: number;
  headers: Headers;
  json: { status: string; data?: unknown[]; error?: { code: number; message: string } };
};

export async function call(handler: RouteHandler, options: Call): Promise<Reply> {
  const headers = new Headers(options.headers);
  if (options.secret !== undefined) headers.set("authorization", `Bearer ${options.secret}`);
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", "203.0.113.10");
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set("content-type", "application/json");
  }
  const request = new Request(`http://keyward.test${options.path}`, {
    method: options.method ?? "GET",
    headers,
    body,
  });
  const response = await handler(request, { params: options.params && Promise.resolve(options.params) });
  const reply: Reply = { status: response.status, headers: response.headers, json: await response.json() };
  const operation = operationOf(handler);
  if (operation) checkReply(operation, reply);
  return reply;
}
