import "server-only";
import { db } from "@/lib/db";
import { logUnexpected } from "@/lib/log-unexpected";
import { openSecret } from "./secret-box";
import { matchingStep } from "./totp";

function readSecret(sealed: string, userId: string): string | null {
  try {
    return openSecret(sealed, userId);
  } catch (error) {
    // AUTH_SECRET changed (or the row was altered): the person can still use a recovery code.
    logUnexpected("totp-secret", error);
    return null;
  }
}

/**
 * Whether `code` comes from the person's confirmed authenticator and its time step is later than
 * the last one accepted; accepting it records its step, so the same code (or an older one) is
 * refused for the rest of its window.
 */
export async function acceptTotpCode(userId: string, code: string, now = Date.now()): Promise<boolean> {
  const factor = await db().totpFactor.findUnique({
    where: { userId },
    select: { secretEncrypted: true, confirmedAt: true },
  });
  if (!factor?.confirmedAt) return false;
  const secret = readSecret(factor.secretEncrypted, userId);
  const step = secret === null ? null : matchingStep(secret, code, now);
  if (step === null) return false;
  // One conditional UPDATE: of two requests with the same code, only one moves the step on.
  const { count } = await db().totpFactor.updateMany({
    where: {
      userId,
      confirmedAt: { not: null },
      OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }],
    },
    data: { lastUsedStep: step },
  });
  return count === 1;
}
