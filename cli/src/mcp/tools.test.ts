import { describe, expect, it, vi } from "vitest";
import type { ApiClient } from "../api-client";
import { callTool } from "./server";
import { toolsOf, type OpenApiDocument } from "./tools";

// A two-operation document in the server's shape (lib/api/openapi/document.ts).
const itemWith = (...fields: string[]) => ({
  200: {
    content: {
      "application/json": {
        schema: {
          properties: { data: { items: { properties: Object.fromEntries(fields.map((f) => [f, {}])) } } },
        },
      },
    },
  },
});

const document: OpenApiDocument = {
  paths: {
    "/admin/websites/{websiteId}/apikeys": {
      get: {
        operationId: "listWebsiteKeys",
        summary: "List keys",
        parameters: [{ name: "websiteId", in: "path", required: true, schema: { type: "string" } }],
        responses: itemWith("_id", "name"),
      },
      post: {
        operationId: "createWebsiteKey",
        summary: "Create a key",
        parameters: [{ name: "websiteId", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: false, content: { "application/json": { schema: { type: "object" } } } },
        responses: itemWith("_id", "key"),
      },
    },
    "/analytics/overview": {
      get: {
        operationId: "getOverview",
        parameters: [{ name: "websiteId", in: "query", schema: { type: "string" } }],
        responses: itemWith("visitors"),
      },
    },
    "/admin/things/{id}": {
      delete: { operationId: "deleteThing", parameters: [], responses: itemWith("_id") },
    },
  },
};

function fakeApi() {
  const request = vi.fn(async () => ({ status: "success" as const, data: [{ ok: true }] }));
  return { api: { apiBase: "http://x", request } as ApiClient, request };
}

describe("MCP tools from the OpenAPI document", () => {
  const tools = toolsOf(document);
  const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));

  it("one tool per operation, named from TOOL_NAMES (operationId when unlisted)", () => {
    expect(tools.map((tool) => tool.name)).toEqual([
      "apikeys.list",
      "apikeys.create",
      "analytics.overview",
      "deleteThing",
    ]);
  });

  it("input schemas come from the parameters and the request body", () => {
    expect(byName["apikeys.create"]?.inputSchema).toMatchObject({
      properties: { websiteId: { type: "string" }, body: { type: "object" }, confirm: { type: "boolean" } },
      required: ["websiteId"],
    });
  });

  it("tools that issue a secret or delete need confirm; reads do not", () => {
    expect(tools.filter((tool) => tool.needsConfirm).map((tool) => tool.name)).toEqual([
      "apikeys.create",
      "deleteThing",
    ]);
  });

  it("a configured website is the default websiteId, no longer required", () => {
    const [list] = toolsOf(document, "w-default");
    expect(list?.inputSchema.required).toEqual([]);
  });

  it("without confirm: true a credential-issuing tool only previews; with it, it calls the API", async () => {
    const { api, request } = fakeApi();
    const preview = await callTool(
      api,
      byName["apikeys.create"]!,
      { websiteId: "w1", body: { name: "n" } },
      null,
    );
    expect(request).not.toHaveBeenCalled();
    expect(preview.content[0]?.text).toMatch(/^Dry run: nothing was done/);
    await callTool(
      api,
      byName["apikeys.create"]!,
      { websiteId: "w1", body: { name: "n" }, confirm: true },
      null,
    );
    expect(request).toHaveBeenCalledWith("POST", "/admin/websites/w1/apikeys", {
      query: {},
      body: { name: "n" },
    });
  });

  it("fills websiteId from the configured website and encodes path values as one segment", async () => {
    const { api, request } = fakeApi();
    await callTool(api, byName["analytics.overview"]!, {}, "w9");
    expect(request).toHaveBeenCalledWith("GET", "/analytics/overview", {
      query: { websiteId: "w9" },
      body: undefined,
    });
    await callTool(api, byName["apikeys.list"]!, { websiteId: "../x" }, null);
    expect(request).toHaveBeenLastCalledWith("GET", "/admin/websites/..%2Fx/apikeys", {
      query: {},
      body: undefined,
    });
  });
});
