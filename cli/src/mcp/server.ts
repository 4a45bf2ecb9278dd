import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { apiPath, type ApiClient, type Query } from "../api-client";
import { CliError } from "../errors";
import { toolsOf, type OpenApiDocument, type Tool } from "./tools";

// `keyward mcp`: the REST operations as MCP tools over stdio, called with the configured token,
// so an agent has exactly the token's permissions. The server, like the API, decides.

type Arguments = Record<string, unknown>;
type ToolResult = { content: { type: "text"; text: string }[]; isError?: boolean };

const text = (value: string, isError = false): ToolResult => ({
  content: [{ type: "text", text: value }],
  ...(isError ? { isError } : {}),
});

export async function fetchDocument(apiBase: string): Promise<OpenApiDocument> {
  const response = await fetch(`${apiBase}/api/v1/openapi.json`).catch(() => null);
  if (!response?.ok)
    throw new CliError(`Cannot read ${apiBase}/api/v1/openapi.json: is this a Keyward server?`);
  return (await response.json()) as OpenApiDocument;
}

function pathOf(tool: Tool, args: Arguments, website: string | null): string {
  return tool.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = args[name] ?? (name === "websiteId" ? website : undefined);
    if (value === undefined || value === null) throw new CliError(`${tool.name} needs ${name}.`);
    return apiPath`${String(value)}`;
  });
}

function queryOf(tool: Tool, args: Arguments, website: string | null): Query {
  const query: Query = {};
  for (const name of tool.queryParameters) {
    const value = args[name] ?? (name === "websiteId" ? (website ?? undefined) : undefined);
    if (value !== undefined) query[name] = String(value);
  }
  return query;
}

export async function callTool(
  api: ApiClient,
  tool: Tool,
  args: Arguments,
  website: string | null,
): Promise<ToolResult> {
  try {
    const path = pathOf(tool, args, website);
    const query = queryOf(tool, args, website);
    const body = tool.hasBody ? (args.body ?? {}) : undefined;
    if (tool.needsConfirm && args.confirm !== true) {
      const preview = { dryRun: true, method: tool.method, path: `/api/v1${path}`, query, body };
      return text(
        `Dry run: nothing was done. This would ${tool.method} /api/v1${path}; call ${tool.name} again with ` +
          `confirm: true to do it.\n${JSON.stringify(preview, null, 2)}`,
      );
    }
    const { data } = await api.request(tool.method, path, { query, body });
    const shownOnce =
      tool.needsConfirm && tool.method !== "DELETE" ? "Shown this once: store any secret now.\n" : "";
    return text(`${shownOnce}${JSON.stringify(data, null, 2)}`);
  } catch (error) {
    if (error instanceof CliError) return text(error.message, true);
    throw error;
  }
}

export async function serveMcp(api: ApiClient, website: string | null, version: string): Promise<void> {
  const tools = toolsOf(await fetchDocument(api.apiBase), website);
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  const server = new Server({ name: "keyward", version }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: tools.map(({ name, description, inputSchema }) => ({ name, description, inputSchema })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const tool = byName.get(request.params.name);
    if (!tool) return text(`Unknown tool ${request.params.name}.`, true);
    return callTool(api, tool, request.params.arguments ?? {}, website);
  });
  await server.connect(new StdioServerTransport());
}
