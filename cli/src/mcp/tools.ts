// MCP tools derived at start-up from the server's own OpenAPI document (GET /api/v1/openapi.json),
// which the server generates from its route catalogue: the tools are that catalogue, so they
// cannot drift from the API. Only the names are chosen here (TOOL_NAMES).

type JsonSchema = Record<string, unknown>;
type Parameter = { name: string; in: string; required?: boolean; schema?: JsonSchema; description?: string };
type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: { "application/json"?: { schema?: JsonSchema } } };
  responses?: Record<string, { content?: { "application/json"?: { schema?: JsonSchema } } }>;
};
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>> };

export type Tool = {
  name: string;
  operationId: string;
  method: string;
  path: string;
  description: string;
  inputSchema: { type: "object"; properties: Record<string, JsonSchema>; required: string[] };
  pathParameters: string[];
  queryParameters: string[];
  hasBody: boolean;
  /** Issues a credential or destroys something: a dry run unless called with `confirm: true`. */
  needsConfirm: boolean;
};

/** operationId → tool name, `<group>.<verb>` as the CLI's commands. Unlisted ids keep their operationId. */
export const TOOL_NAMES: Record<string, string> = {
  getToken: "token.describe",
  getAccount: "account.get",
  updateAccount: "account.update",
  listAccountTokens: "tokens.list",
  getAccountTokenUsage: "tokens.usage",
  createAccountToken: "tokens.create",
  revokeAccountToken: "tokens.delete",
  rollAccountToken: "tokens.roll",
  listWebsites: "websites.list",
  createWebsite: "websites.create",
  getWebsite: "websites.get",
  updateWebsite: "websites.update",
  deleteWebsite: "websites.delete",
  listWebsiteKeys: "apikeys.list",
  createWebsiteKey: "apikeys.create",
  rollWebsiteKey: "apikeys.roll",
  revokeWebsiteKey: "apikeys.delete",
  expireWebsiteKeyPreviousSecret: "apikeys.expire_previous_secret",
  setWebsiteKeyAllowedIps: "apikeys.set_allowed_ips",
  getWebsiteKeyUsage: "apikeys.usage",
  getTokenPolicy: "token_policy.get",
  setTokenPolicy: "token_policy.set",
  listTeam: "team.list",
  inviteMember: "team.invite",
  removeMember: "team.remove",
  changeMemberRole: "team.role",
  getOverview: "analytics.overview",
  getTimeseries: "analytics.timeseries",
  getRealtime: "analytics.realtime",
  listGoals: "goals.list",
  recordGoal: "goals.record",
  listPayments: "payments.list",
  recordPayment: "payments.record",
  identifyVisitor: "visitors.identify",
  listFunnels: "funnels.list",
  createFunnel: "funnels.create",
  getFunnel: "funnels.get",
  updateFunnel: "funnels.update",
  deleteFunnel: "funnels.delete",
  listAlerts: "alerts.list",
  createAlert: "alerts.create",
  getAlert: "alerts.get",
  updateAlert: "alerts.update",
  deleteAlert: "alerts.delete",
  getAlertHistory: "alerts.history",
};

/** Answer fields that carry something shown once: a secret (`key`) or an invitation link. */
const ISSUED_FIELDS = ["key", "inviteUrl"];

function issuesSomething(operation: Operation): boolean {
  const envelope = operation.responses?.["200"]?.content?.["application/json"]?.schema;
  const data = (envelope?.properties as Record<string, JsonSchema> | undefined)?.data;
  const item = data?.items as JsonSchema | undefined;
  const fields = Object.keys((item?.properties as Record<string, unknown> | undefined) ?? {});
  return ISSUED_FIELDS.some((field) => fields.includes(field));
}

export const CONFIRM_PROPERTY: JsonSchema = {
  type: "boolean",
  description: "This tool issues a credential or destroys something: without true it only previews the call.",
};

function toolOf(path: string, method: string, operation: Operation, defaultWebsite: string | null): Tool {
  const parameters = operation.parameters ?? [];
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const parameter of parameters) {
    const defaulted = parameter.name === "websiteId" && defaultWebsite !== null;
    properties[parameter.name] = {
      ...parameter.schema,
      ...(parameter.description || defaulted
        ? {
            description: [
              parameter.description,
              defaulted ? `Default: ${defaultWebsite} (the configured website).` : "",
            ]
              .filter(Boolean)
              .join(" "),
          }
        : {}),
    };
    if (parameter.required && !defaulted) required.push(parameter.name);
  }
  const body = operation.requestBody?.content?.["application/json"]?.schema;
  if (body) {
    properties.body = { ...body, description: "The JSON request body." };
    if (operation.requestBody?.required) required.push("body");
  }
  const needsConfirm = method === "delete" || issuesSomething(operation);
  if (needsConfirm) properties.confirm = CONFIRM_PROPERTY;
  return {
    name: TOOL_NAMES[operation.operationId] ?? operation.operationId,
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    description: [
      `${operation.summary ?? operation.operationId} (${method.toUpperCase()} /api/v1${path}).`,
      operation.description ?? "",
      needsConfirm ? "Dry run unless called with confirm: true." : "",
    ]
      .filter(Boolean)
      .join("\n\n"),
    inputSchema: { type: "object", properties, required },
    pathParameters: parameters.filter((p) => p.in === "path").map((p) => p.name),
    queryParameters: parameters.filter((p) => p.in === "query").map((p) => p.name),
    hasBody: body !== undefined,
    needsConfirm,
  };
}

export function toolsOf(document: OpenApiDocument, defaultWebsite: string | null = null): Tool[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => toolOf(path, method, operation, defaultWebsite)),
  );
}
