import "server-only";
import type { RequestInfo } from "@/lib/actor";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { logUnexpected } from "@/lib/log-unexpected";
import { deliverEmail } from "@/lib/mail/deliver";
import { accountExistsEmail } from "./account-emails";
import type { AccountLinks } from "./account-links";
import { createUser, type UserDto } from "./create-user";
import { throttleAddress } from "./request-throttle";
import { signUpSchema, type SignUpInput } from "./schemas";
import { sendVerificationLink } from "./send-verification-link";

/**
 * Creates an account and sends its verification link. A taken email gets the very same answer
 * (and the same password-hashing work), so sign-up never says which addresses have accounts;
 * the owner of that address is emailed instead. The emails go out after the answer.
 */
export async function signUp(
  input: SignUpInput,
  request: RequestInfo,
  links: AccountLinks,
): Promise<{ email: string; mailed: Promise<void> }> {
  await throttleAddress("signUp", request.ip);
  const parsed = signUpSchema.parse(input);
  let user: UserDto | null = null;
  try {
    user = await createUser(parsed);
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
  }
  const mailed = (user ? sendVerificationLink(user, links) : notifyOwner(parsed.email, links)).then(
    () => undefined,
    (error: unknown) => void logUnexpected("sign-up-email", error),
  );
  return { email: parsed.email, mailed };
}

async function notifyOwner(email: string, links: AccountLinks): Promise<void> {
  // Looked up again: a deleted account has no owner to tell.
  const owner = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (!owner) return;
  await deliverEmail(
    email,
    () => accountExistsEmail(links.forgotPassword()),
    `Sign-up with the email of an existing account (${email}): its owner would be emailed.`,
    "account-exists-email",
  );
}
