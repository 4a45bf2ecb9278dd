import { afterEach, describe, expect, it, vi } from "vitest";
import { makeUser } from "@/test/factories";
import { signInThroughNextAuth as signIn } from "@/test/next-auth-handler";

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
