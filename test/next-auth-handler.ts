import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { TEST_PASSWORD } from "./factories";

// next-auth's own handler (its Pages-style entry) with the app's options, for integration tests
// of what the browser sees: cookies set, /api/auth/session answers, sign-out.

/** A stand-in for a Pages-style response: next-auth's handler writes its cookies through it. */
function fakeResponse() {
  const headers = new Map<string, string | string[]>();
  let body: unknown;
  const res = {
    status: () => res,
    setHeader: (name: string, value: string | string[]) => {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end: () => undefined,
    json: (value: unknown) => void (body = value),
    send: (value: unknown) => void (body = value),
  };
  return { res, cookies: () => [headers.get("set-cookie") ?? []].flat(), body: () => body };
}

export type NextAuthCall = { cookies: () => string[]; body: () => unknown };

export async function callNextAuth(
  nextauth: string[],
  method: string,
  cookies: Record<string, string>,
  body: Record<string, string> = {},
  extraHeaders: Record<string, string> = {},
): Promise<NextAuthCall> {
  const response = fakeResponse();
  const req = {
    query: { nextauth },
    method,
    body,
    cookies,
    headers: { host: "keys.example.com", "x-forwarded-proto": "http", ...extraHeaders },
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(
    req,
    response.res,
    authOptions(),
  );
  return response;
}

/** "name=value; Path=/; …" → [name, value]. */
export function cookiePair(setCookie: string | undefined): [string, string] {
  const [name = "", ...rest] = (setCookie ?? "").split(";")[0]?.split("=") ?? [];
  return [name, decodeURIComponent(rest.join("="))];
}

export const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token=/;

/** next-auth's CSRF token and the cookie that goes with it. */
export async function csrf(): Promise<{ csrfToken: string; cookie: [string, string] }> {
  const answer = await callNextAuth(["csrf"], "GET", {});
  const { csrfToken } = answer.body() as { csrfToken: string };
  return { csrfToken, cookie: cookiePair(answer.cookies()[0]) };
}

/** Signs in through next-auth's own handler; returns the Set-Cookie header of the session. */
export async function signInThroughNextAuth(
  email: string,
  headers: Record<string, string> = {},
): Promise<string | undefined> {
  const { csrfToken, cookie } = await csrf();
  const callback = await callNextAuth(
    ["callback", "credentials"],
    "POST",
    { [cookie[0]]: cookie[1] },
    { csrfToken, email, password: TEST_PASSWORD, json: "true" },
    headers,
  );
  return callback.cookies().find((set) => SESSION_COOKIE.test(set));
}
