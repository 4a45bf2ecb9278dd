import "server-only";
import type { RequestInfo } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { confirmSignInPassword } from "@/lib/users/authenticate";
import { SIGN_IN_FAILED } from "@/lib/users/sign-in-messages";
import { passkeyAuthenticationOptions } from "./authentication-options";

/**
 * Sign-in's second step with a passkey: next-auth keeps no half-signed-in state, so the email and
 * password are checked again (throttled like a sign-in) before this person's passkeys are asked.
 */
export async function passkeySignInChallenge(credentials: unknown, request: RequestInfo) {
  const user = await confirmSignInPassword(credentials, request);
  if (!user) throw new AppError("UNAUTHENTICATED", SIGN_IN_FAILED);
  return passkeyAuthenticationOptions(user.id);
}
