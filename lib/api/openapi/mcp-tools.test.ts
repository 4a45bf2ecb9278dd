import { describe, expect, it } from "vitest";
import { toolsOf, type OpenApiDocument } from "@/cli/src/mcp/tools";
import { openApiDocument } from "./document";

// `keyward mcp` names each operation of the server's OpenAPI document; an operation added to the
// catalogue without a name would reach agents under its bare operationId. Caught here, in the
// unit stage, before the MCP end-to-end test runs.
describe("MCP tools from the OpenAPI document", () => {
  const document = openApiDocument() as unknown as OpenApiDocument;
  const operationIds = Object.values(document.paths).flatMap((methods) =>
    Object.values(methods).map((operation) => operation.operationId),
  );
  const tools = toolsOf(document);

  it("one tool per operation, each under a chosen name", () => {
    expect(tools).toHaveLength(operationIds.length);
    expect(tools.filter((tool) => operationIds.includes(tool.name)).map((tool) => tool.name)).toEqual([]);
    expect(new Set(tools.map((tool) => tool.name)).size).toBe(tools.length);
  });

  it("tokens.roll issues a secret, so it is a dry run without confirm", () => {
    expect(tools.find((tool) => tool.name === "tokens.roll")).toMatchObject({
      operationId: "rollAccountToken",
      needsConfirm: true,
    });
  });
});
