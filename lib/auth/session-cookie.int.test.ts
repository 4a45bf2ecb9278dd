import NextAuth from "next-auth";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeUser, TEST_PASSWORD } from "@/test/factories";
import { authOptions } from "./options";

// S50's cookie flags for each deployment: the session cookie is HttpOnly and SameSite=Lax
// always, and Secure (with the __Secure- prefix) when KEYWARD_URL is https. Signs in through
// next-auth's own handler with the app's options; KEYWARD_URL goes through lib/env as at start-up.

const envCache = globalThis as typeof globalThis & { __keywardEnv?: unknown };

function deployAt(publicUrl: string | undefined): void {
  vi.stubEnv("KEYWARD_URL", publicUrl);
  vi.stubEnv("NEXTAUTH_URL", undefined);
  vi.stubEnv("AUTH_TRUST_HOST", undefined);
  envCache.__keywardEnv = undefined;
}

afterEach(() => {
  vi.unstubAllEnvs();
  envCache.__keywardEnv = undefined;
});

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

async function call(
  nextauth: string[],
  method: string,
  cookies: Record<string, string>,
  body: Record<string, string>,
) {
  const response = fakeResponse();
  const req = {
    query: { nextauth },
    method,
    body,
    cookies,
    headers: { host: "keys.example.com", "x-forwarded-proto": "http" },
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(
    req,
    response.res,
    authOptions(),
  );
  return response;
}

/** Signs in through next-auth's own handler; returns the Set-Cookie header of the session. */
async function signIn(email: string): Promise<string | undefined> {
  const csrf = await call(["csrf"], "GET", {}, {});
  const [csrfCookie] = csrf.cookies();
  const [name, value] = (csrfCookie ?? "").split(";")[0]?.split("=") ?? [];
  const { csrfToken } = csrf.body() as { csrfToken: string };
  const callback = await call(
    ["callback", "credentials"],
    "POST",
    { [name ?? ""]: decodeURIComponent(value ?? "") },
    { csrfToken, email, password: TEST_PASSWORD, json: "true" },
  );
  return callback.cookies().find((cookie) => /^(__Secure-)?next-auth\.session-token=/.test(cookie));
}

describe("session cookie", () => {
  it("S50 over plain http (no KEYWARD_URL): HttpOnly, SameSite=Lax, not Secure", async () => {
    deployAt(undefined);
    const user = await makeUser();
    const cookie = await signIn(user.email);
    expect(cookie).toMatch(/^next-auth\.session-token=[^;]+;/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Lax(;|$)/);
    expect(cookie).not.toMatch(/; Secure(;|$)/);
  });

  it("S50 behind https (KEYWARD_URL=https://…): HttpOnly, SameSite=Lax and Secure", async () => {
    deployAt("https://keys.example.com");
    const user = await makeUser();
    const cookie = await signIn(user.email);
    expect(cookie).toMatch(/^__Secure-next-auth\.session-token=[^;]+;/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Lax(;|$)/);
    expect(cookie).toMatch(/; Secure(;|$)/);
  });
});
