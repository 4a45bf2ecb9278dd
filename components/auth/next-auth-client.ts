// next-auth v4's REST endpoints (/api/auth/*), called the way next-auth/react's signIn and
// signOut call them, without next-auth/react itself: that client (a transpiled CommonJS bundle
// with its regenerator runtime, logger and session context, none of which Keyward uses) weighed
// on the first load of sign-in, sign-up and every signed-in page.

const AUTH = "/api/auth";

async function postForm(action: string, fields: Record<string, string | undefined>) {
  const csrf = await fetch(`${AUTH}/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, callbackUrl: window.location.href, json: "true" });
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) body.set(name, value);
  const reply = await fetch(`${AUTH}/${action}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  const { url } = (await reply.json()) as { url?: string };
  return { ok: reply.ok, url };
}

/**
 * Signs in with the credentials provider without leaving the page. `error` is next-auth's code
 * from the answer's redirect URL (lib/users/sign-in-messages), null when signed in.
 */
export async function signInWithCredentials(
  fields: Record<string, string | undefined>,
): Promise<{ ok: boolean; error: string | null }> {
  const { ok, url } = await postForm("callback/credentials", fields);
  // As next-auth/react: an answer without its URL is a failure the caller's catch reports.
  if (!url) throw new Error("next-auth answered without a URL");
  return { ok, error: new URL(url, window.location.href).searchParams.get("error") };
}

/** Ends this browser's session, then loads `callbackUrl` afresh (no client state survives). */
export async function signOut(callbackUrl: string): Promise<void> {
  const { url } = await postForm("signout", { callbackUrl });
  window.location.href = url ?? callbackUrl;
}
