import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { apiSecurityHeaders } from "@/lib/http/api-security-headers";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so the secret comes from the validated env at run time.
async function handler(request: Request, context: Context) {
  let retryAfter: number | undefined;
  const options = authOptions({ onThrottled: (seconds) => (retryAfter = seconds) });
  const response = (await NextAuth(request as never, context as never, options)) as Response;
  // proxy.ts skips these routes: the same headers as every other non-page answer.
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(apiSecurityHeaders())) headers.set(name, value);
  headers.set("Cache-Control", "no-store");
  // next-auth answers a refused credentials sign-in with 401 (or a redirect to the sign-in page
  // for a plain form post): a throttled one is a 429.
  const throttled = retryAfter !== undefined && response.status === 401;
  if (throttled) headers.set("Retry-After", String(retryAfter));
  return new Response(response.body, { status: throttled ? 429 : response.status, headers });
}

export { handler as GET, handler as POST };
