import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { expect } from "./fixtures";

// Server actions seen from outside: capture the request the page itself sends (its real
// Next-Action id and body), then replay it with chosen credentials, origin and arguments.

export type CapturedAction = {
  url: string;
  headers: Record<string, string>;
  body: string;
  responseText: string;
  responseHeaders: Record<string, string>;
};

/**
 * Runs `trigger` and captures the first server action request the page sends meanwhile, with
 * its response (fetched through the route, because the page may navigate before a listener
 * could read the body).
 */
export async function captureAction(page: Page, trigger: () => Promise<unknown>): Promise<CapturedAction> {
  let captured: CapturedAction | null = null;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (captured || request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
    const response = await route.fetch();
    const responseText = await response.text();
    captured = {
      url: request.url(),
      headers: await request.allHeaders(),
      body: request.postData() ?? "",
      responseText,
      responseHeaders: response.headers(),
    };
    await route.fulfill({ response, body: responseText });
  });
  await trigger();
  await expect.poll(() => captured !== null, { message: "the page sent no server action" }).toBe(true);
  await page.unrouteAll({ behavior: "wait" });
  return captured as unknown as CapturedAction;
}

type ReplayOptions = { body?: string; origin?: string | null; headers?: Record<string, string> };

/** Sends the captured action again; `origin: null` leaves the Origin header out. */
export async function replayAction(
  request: APIRequestContext,
  action: CapturedAction,
  options: ReplayOptions = {},
): Promise<APIResponse> {
  const headers: Record<string, string> = { accept: "text/x-component" };
  for (const name of ["next-action", "content-type", "next-router-state-tree"]) {
    const value = action.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const origin = options.origin === undefined ? action.headers.origin : options.origin;
  if (origin) headers.origin = origin;
  return request.post(action.url, {
    headers: { ...headers, ...options.headers },
    data: options.body ?? action.body,
    maxRedirects: 0,
  });
}

export type ActionOutcome = { ok: boolean; error?: { code: string; message: string }; data?: unknown };

/** The ActionResult inside a React Server Components action response, if the action ran to one. */
export function actionOutcome(text: string): ActionOutcome | null {
  for (const line of text.split("\n")) {
    const json = line.replace(/^[0-9a-f]+:/, "");
    try {
      const value: unknown = JSON.parse(json);
      if (typeof value === "object" && value !== null && "ok" in value) return value as ActionOutcome;
    } catch {
      // Not a JSON row (or not the result row).
    }
  }
  return null;
}

/** The captured body with one JSON string value swapped (e.g. a name or a bound id). */
export function withValue(body: string, from: string, to: string): string {
  const replaced = body.split(JSON.stringify(from).slice(1, -1)).join(JSON.stringify(to).slice(1, -1));
  if (replaced === body) throw new Error(`withValue: ${from} is not in the action body`);
  return replaced;
}

export const SECRET_PATTERN = /\bdft?_[0-9A-Za-z]{38}\b/g;
