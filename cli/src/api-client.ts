import { ApiError, CliError } from "./errors";
import { EXIT } from "./exit-codes";

// A thin client of /api/v1: sends the bearer secret, unwraps DataFast's envelope
// (`{status:"success",data:[…]}` or `{status:"error",error:{code,message}}`) and turns an error
// into an ApiError carrying the server's own message.

export type Query = Record<string, string | number | undefined>;
export type RequestOptions = { query?: Query; body?: unknown };
export type Envelope = { status: "success"; data: unknown[] } & Record<string, unknown>;

export type ApiClient = {
  readonly apiBase: string;
  request(method: string, path: string, options?: RequestOptions): Promise<Envelope>;
};

function urlOf(apiBase: string, path: string, query: Query = {}): string {
  const url = new URL(`${apiBase}/api/v1${path}`);
  for (const [name, value] of Object.entries(query))
    if (value !== undefined) url.searchParams.set(name, String(value));
  return url.toString();
}

function retryAfterOf(response: Response): number | null {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

async function errorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  const message = body?.error?.message ?? `The server answered ${response.status} ${response.statusText}.`;
  const retryAfter = retryAfterOf(response);
  const wait = response.status === 429 && retryAfter ? ` Retry in ${retryAfter} s.` : "";
  return new ApiError(response.status, `${message}${wait}`, retryAfter);
}

/** fetch, with an unreachable server reported as one line instead of a stack. */
async function send(apiBase: string, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CliError(`Cannot reach ${apiBase} (${cause}). Check the URL (--api-base or KEYWARD_API_BASE).`);
  }
}

export function createApiClient(apiBase: string, credential: string | null): ApiClient {
  return {
    apiBase,
    async request(method, path, { query, body } = {}) {
      const headers: Record<string, string> = { accept: "application/json" };
      if (credential) headers.authorization = `Bearer ${credential}`;
      if (body !== undefined) headers["content-type"] = "application/json";
      const response = await send(apiBase, urlOf(apiBase, path, query), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw await errorOf(response);
      const envelope = (await response.json().catch(() => null)) as Envelope | null;
      if (!envelope || !Array.isArray(envelope.data))
        throw new CliError(`${apiBase} did not answer as a Keyward or DataFast API.`, EXIT.error);
      return envelope;
    },
  };
}

/** POSTs JSON outside the envelope (the device flow answers OAuth's plain objects). */
export async function postJson(
  apiBase: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await send(apiBase, urlOf(apiBase, path), {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const parsed = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: response.status, body: parsed };
}

/** A path whose interpolated values are each encoded as one segment: ids cannot reach other routes. */
export function apiPath(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce(
    (path, text, i) => path + text + (i < values.length ? encodeURIComponent(values[i] ?? "") : ""),
    "",
  );
}
