import "server-only";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Names tell a person's passkeys apart, so two may not differ only by case. */
export async function assertPasskeyNameFree(
  tx: Pick<Prisma.TransactionClient, "passkey">,
  userId: string,
  name: string,
  /** The passkey being renamed: its own name (in another case) is not a clash. */
  except?: string,
): Promise<void> {
  const taken = await tx.passkey.findFirst({
    where: {
      userId,
      name: { equals: name, mode: "insensitive" },
      ...(except ? { id: { not: except } } : {}),
    },
    select: { id: true },
  });
  if (taken)
    throw new AppError("CONFLICT", `You already have a passkey named "${name}". Choose another name.`, {
      field: "name",
    });
}
