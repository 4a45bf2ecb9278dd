import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "./password";
import { signUpSchema, type SignUpInput } from "./schemas";

export type UserDto = { id: string; email: string; name: string };

export async function createUser(input: SignUpInput): Promise<UserDto> {
  const { name, email, password } = signUpSchema.parse(input);
  const passwordHash = await hashPassword(password);
  const created = await db()
    .user.create({ data: { name, email, passwordHash }, select: { id: true, email: true, name: true } })
    .catch((error: { code?: string }) => {
      if (error.code === "P2002") {
        throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
          field: "email",
        });
      }
      throw error;
    });
  return created;
}
