import "server-only";
import { db } from "@/lib/db";

/** What stands behind a person's password: a confirmed authenticator app, passkeys, recovery codes. */
export type SecondFactors = { totp: boolean; passkeys: number; recoveryCodesLeft: number };

export async function secondFactorsOf(userId: string): Promise<SecondFactors> {
  const [totp, passkeys, recoveryCodesLeft] = await Promise.all([
    db().totpFactor.count({ where: { userId, confirmedAt: { not: null } } }),
    db().passkey.count({ where: { userId } }),
    db().recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { totp: totp > 0, passkeys, recoveryCodesLeft };
}

/** Whether sign-in must ask for more than the password (recovery codes alone do not count). */
export function hasSecondFactor(factors: SecondFactors): boolean {
  return factors.totp || factors.passkeys > 0;
}
