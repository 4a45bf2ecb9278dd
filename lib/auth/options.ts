import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { requestInfoFrom } from "@/lib/http/request-info";
import { authenticate } from "@/lib/users/authenticate";
import { throttledSignInError } from "@/lib/users/sign-in-messages";

// Sessions are signed JWTs carrying only the user id and the session version they were issued
// under. Roles are never in the token: every request reads them from the database.

declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
  }
}

/** next-auth hands authorize() the request headers as a plain object. */
function headersFrom(raw: Record<string, unknown> | undefined): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (typeof value === "string") headers.set(name, value);
  }
  return headers;
}

export type AuthOptionsHooks = {
  /** Called when a credentials sign-in is refused for too many attempts, with the seconds to wait. */
  onThrottled?: (retryAfterSeconds: number) => void;
};

export function authOptions(hooks: AuthOptionsHooks = {}): NextAuthOptions {
  return {
    secret: env().authSecret,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: async (credentials, req) => {
          try {
            return await authenticate(credentials, requestInfoFrom(headersFrom(req.headers)));
          } catch (error) {
            if (!isAppError(error) || error.code !== "RATE_LIMITED") throw error;
            const seconds = error.retryAfter ?? 60;
            hooks.onThrottled?.(seconds);
            // next-auth puts a thrown message in its `error` value; the form turns it into words.
            throw new Error(throttledSignInError(seconds));
          }
        },
      }),
    ],
    callbacks: {
      jwt: ({ token, user }) => {
        if (user) {
          token.sub = user.id;
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      session: ({ session, token }) => ({
        expires: session.expires,
        user: { name: session.user?.name ?? null, email: session.user?.email ?? null },
        userId: token.sub,
        sessionVersion: token.sv,
      }),
    },
  };
}
