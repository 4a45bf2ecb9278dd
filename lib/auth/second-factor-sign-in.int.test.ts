import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asSession, makeUser, TEST_PASSWORD } from "@/test/factories";
import { callNextAuth, csrf, SESSION_COOKIE } from "@/test/next-auth-handler";
import { enrolTotp, TOTP_STEP_MS, totpCodeAt } from "@/test/two-factor";

/** next-auth's credentials callback as the sign-in form posts it: the error it names, and the session cookie. */
async function postCredentials(email: string, code?: string) {
  const { csrfToken, cookie } = await csrf();
  const answer = await callNextAuth(
    ["callback", "credentials"],
    "POST",
    { [cookie[0]]: cookie[1] },
    { csrfToken, email, password: TEST_PASSWORD, json: "true", ...(code === undefined ? {} : { code }) },
  );
  const { url } = answer.body() as { url: string };
  return {
    error: new URL(url).searchParams.get("error"),
    session: answer.cookies().find((set) => SESSION_COOKIE.test(set)),
  };
}

describe("sign-in through next-auth with a second factor", () => {
  it("S96 the right password without a code, or with a wrong or used one, issues no session; the next code does", async () => {
    const user = await makeUser();
    const { secret } = await enrolTotp(asSession(user.id));
    await expect(postCredentials(user.email)).resolves.toEqual({
      error: "SECOND_FACTOR_REQUIRED",
      session: undefined,
    });
    // The code that confirmed the app is used up (its step read back: the clock runs on meanwhile).
    const { lastUsedStep } = await db().totpFactor.findUniqueOrThrow({ where: { userId: user.id } });
    const confirming = totpCodeAt(secret, (lastUsedStep ?? 0) * TOTP_STEP_MS);
    await expect(postCredentials(user.email, confirming)).resolves.toEqual({
      error: "SECOND_FACTOR_INVALID",
      session: undefined,
    });
    const signedIn = await postCredentials(user.email, totpCodeAt(secret, Date.now() + TOTP_STEP_MS));
    expect(signedIn.error).toBeNull();
    expect(signedIn.session).toBeDefined();
  });

  it("a person without a second factor signs in with the password alone", async () => {
    const user = await makeUser();
    const answer = await postCredentials(user.email);
    expect(answer.error).toBeNull();
    expect(answer.session).toBeDefined();
  });
});
