import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so the secret comes from the validated env at run time.
async function handler(request: Request, context: Context) {
  let retryAfter: number | undefined;
  const options = authOptions({ onThrottled: (seconds) => (retryAfter = seconds) });
  const response = (await NextAuth(request as never, context as never, options)) as Response;
  // next-auth answers a refused credentials sign-in with 401 (or a redirect to the sign-in page
  // for a plain form post): a throttled one is a 429.
  if (retryAfter === undefined || response.status !== 401) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(retryAfter));
  return new Response(response.body, { status: 429, headers });
}

export { handler as GET, handler as POST };
