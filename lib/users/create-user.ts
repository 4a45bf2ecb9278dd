import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "./password";
import { assertAcceptablePassword } from "./password-policy";
import { signUpSchema, type SignUpInput } from "./schemas";

export type UserDto = { id: string; email: string; name: string };

/** A taken email: sign-up turns it into the same answer as a new account (lib/users/sign-up.ts). */
export const EMAIL_TAKEN = "An account with this email already exists. Sign in instead.";

/**
 * Creates an account. Its email is unverified unless `emailVerified` (the seed, an operator's
 * script): a person proves their address by the link they are sent.
 */
export async function createUser(
  input: SignUpInput,
  { emailVerified = false }: { emailVerified?: boolean } = {},
): Promise<UserDto> {
  const { name, email, password } = signUpSchema.parse(input);
  assertAcceptablePassword(password, "password");
  const passwordHash = await hashPassword(password);
  const created = await db()
    .user.create({
      data: { name, email, passwordHash, emailVerifiedAt: emailVerified ? new Date() : null },
      select: { id: true, email: true, name: true },
    })
    .catch((error: { code?: string }) => {
      if (error.code === "P2002") throw new AppError("CONFLICT", EMAIL_TAKEN, { field: "email" });
      throw error;
    });
  return created;
}
