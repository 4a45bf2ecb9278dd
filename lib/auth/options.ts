import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { requestInfoFrom } from "@/lib/http/request-info";
import { safeRedirect } from "@/lib/http/safe-next-path";
import { authenticate, SecondFactorRefusal } from "@/lib/users/authenticate";
import {
  SECOND_FACTOR_INVALID,
  SECOND_FACTOR_REQUIRED,
  throttledSignInError,
} from "@/lib/users/sign-in-messages";
import { sessionUserFrom, type SessionUser } from "./session-user";
import { endSession } from "./sessions/end-sessions";
import { SESSION_MAX_AGE_SECONDS } from "./sessions/session-policy";
import { startSession } from "./sessions/start-session";

// Sessions are signed JWTs carrying only the user id and the id of the server-side Session row
// made at sign-in. Every read of the session (pages, actions, /api/auth/session) checks that row
// in the database, so deleting it signs the browser out on its next request. Roles are never in
// the token either.

declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionId?: string;
  }
  interface User {
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** Thrown from the jwt callback when the session's record is gone: next-auth then clears the cookie. */
class SessionEnded extends Error {
  override name = "SessionEnded";
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
  /**
   * Called once a presented session has been checked against the database: with its person, or
   * with the error that kept the check from answering (the database is down).
   */
  onChecked?: (outcome: { user: SessionUser } | { error: unknown }) => void;
};

export function authOptions(hooks: AuthOptionsHooks = {}): NextAuthOptions {
  // Options are built per request: the jwt callback hands the person it checked to the session callback.
  let verified: SessionUser | null = null;
  return {
    secret: env().authSecret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        // The second step: `code` (an authenticator app's code or a recovery code) or `passkey`.
        credentials: {
          email: { type: "email" },
          password: { type: "password" },
          code: { type: "text" },
          passkey: { type: "text" },
        },
        authorize: async (credentials, req) => {
          const request = requestInfoFrom(headersFrom(req.headers));
          try {
            const user = await authenticate(credentials, request);
            return user && { ...user, sessionId: await startSession(user.id, request) };
          } catch (error) {
            // next-auth puts a thrown message in its `error` value; the form turns it into words.
            if (error instanceof SecondFactorRefusal)
              throw new Error(error.reason === "required" ? SECOND_FACTOR_REQUIRED : SECOND_FACTOR_INVALID);
            if (!isAppError(error) || error.code !== "RATE_LIMITED") throw error;
            const seconds = error.retryAfter ?? 60;
            hooks.onThrottled?.(seconds);
            throw new Error(throttledSignInError(seconds));
          }
        },
      }),
    ],
    callbacks: {
      redirect: safeRedirect,
      jwt: async ({ token, user }) => {
        if (user) return { sub: user.id, sid: user.sessionId };
        let checked: SessionUser | null;
        try {
          checked = await sessionUserFrom({ userId: token.sub, sessionId: token.sid });
        } catch (error) {
          hooks.onChecked?.({ error });
          throw error;
        }
        if (!checked) throw new SessionEnded("This session has ended.");
        verified = checked;
        hooks.onChecked?.({ user: checked });
        return token;
      },
      // Name and email come from the row just read, never from the cookie.
      session: ({ session, token }) => ({
        expires: session.expires,
        user: { name: verified?.name ?? null, email: verified?.email ?? null },
        userId: token.sub,
        sessionId: token.sid,
      }),
    },
    events: {
      signOut: async ({ token }) => {
        const claims = { userId: token?.sub, sessionId: token?.sid };
        if (typeof claims.userId === "string" && typeof claims.sessionId === "string")
          await endSession(claims.userId, claims.sessionId);
      },
    },
    logger: {
      // An ended session is an expected answer ("signed out"), not an error worth a stack trace.
      error: (code, metadata) => {
        if (metadata instanceof SessionEnded) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
  };
}
