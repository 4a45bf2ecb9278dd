import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { APIRequestContext } from "@playwright/test";
import { configHome, fullAccessToken, KEYWARD_BIN } from "./cli-helpers";
import { expect, test } from "./fixtures";
import { callApi, DFT, uniqueName } from "./secret-helpers";

// Issue 19: `keyward mcp` spawned over stdio by the MCP SDK's own client, against the
// production server, with a demo owner's Full-access token.

test.describe.configure({ timeout: 240_000 });

let token = "";

test.beforeAll(async ({ browser }, testInfo) => {
  // Signing in and creating a token through the dialog can take minutes on a loaded machine.
  testInfo.setTimeout(300_000);
  token = await fullAccessToken(browser, "owner");
});

async function connect(baseURL: string): Promise<Client> {
  const home = configHome();
  const transport = new StdioClientTransport({
    command: KEYWARD_BIN,
    args: ["mcp"],
    env: {
      PATH: process.env.PATH ?? "",
      HOME: home,
      XDG_CONFIG_HOME: home,
      KEYWARD_API_BASE: baseURL,
      KEYWARD_TOKEN: token,
    },
    stderr: "pipe",
  });
  const client = new Client({ name: "keyward-e2e", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

const textOf = (result: Record<string, unknown>) =>
  ((result.content as { type: string; text: string }[] | undefined) ?? [])
    .map((part) => part.text)
    .join("\n");

async function tokenNames(request: APIRequestContext): Promise<string[]> {
  const response = await callApi(request, "/api/v1/admin/access-tokens", token);
  return ((await response.json()) as { data: { name: string }[] }).data.map((item) => item.name);
}

test("the SDK client lists tools from the OpenAPI document, calls a read tool, and tokens.create needs confirm", async ({
  request,
  baseURL,
}) => {
  const client = await connect(baseURL!);
  try {
    const { tools } = await client.listTools();
    const names = tools.map((tool) => tool.name);
    // One tool per operation of the server's document, each under a chosen name (none fell back
    // to its operationId): the catalogue and the tools cannot drift apart.
    const document = (await (await request.get("/api/v1/openapi.json")).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const operationIds = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((operation) => operation.operationId),
    );
    expect(names).toHaveLength(operationIds.length);
    expect(names.filter((name) => operationIds.includes(name))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining(["tokens.create", "tokens.list", "websites.list", "apikeys.roll"]),
    );
    const create = tools.find((tool) => tool.name === "tokens.create")!;
    expect(create.inputSchema.properties).toHaveProperty("confirm");
    expect(
      tools.find((tool) => tool.name === "websites.list")!.inputSchema.properties ?? {},
    ).not.toHaveProperty("confirm");

    const websites = await client.callTool({ name: "websites.list", arguments: {} });
    expect(websites.isError).toBeFalsy();
    const listed = await callApi(request, "/api/v1/admin/websites", token);
    expect(JSON.parse(textOf(websites))).toEqual(((await listed.json()) as { data: unknown }).data);

    const name = uniqueName("MCP token");
    const preview = await client.callTool({
      name: "tokens.create",
      arguments: { body: { name, permissions: ["websites:read"] } },
    });
    expect(textOf(preview)).toMatch(/^Dry run: nothing was done/);
    expect(textOf(preview)).not.toMatch(/dft_[0-9A-Za-z]{38}/);
    expect(await tokenNames(request)).not.toContain(name);

    const created = await client.callTool({
      name: "tokens.create",
      arguments: { body: { name, permissions: ["websites:read"] }, confirm: true },
    });
    expect(created.isError).toBeFalsy();
    const text = textOf(created);
    expect(text).toContain("Shown this once");
    const [{ key }] = JSON.parse(text.slice(text.indexOf("["))) as [{ key: string }];
    expect(key).toMatch(DFT);
    expect(await tokenNames(request)).toContain(name);
    // Shown once: the list never carries the secret again.
    const again = await client.callTool({ name: "tokens.list", arguments: {} });
    expect(textOf(again)).toContain(name);
    expect(textOf(again)).not.toContain(key);
    expect((await callApi(request, "/api/v1/token", key)).status()).toBe(200);
  } finally {
    await client.close();
  }
});

test("an API error comes back as a tool error with the server's message", async ({ baseURL }) => {
  const client = await connect(baseURL!);
  try {
    const result = await client.callTool({
      name: "tokens.delete",
      arguments: { id: "00000000-0000-4000-8000-000000000000", confirm: true },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result).length).toBeGreaterThan(0);
  } finally {
    await client.close();
  }
});
