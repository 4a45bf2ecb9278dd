import "server-only";
import { db } from "@/lib/db";

/** What stands behind a person's password: a confirmed authenticator app, passkeys, recovery codes. */
export type SecondFactors = {
  totp: boolean;
  passkeys: number;
  recoveryCodesLeft: number;
  /** The codes of the current set, used or not; 0: none were ever issued (a passkey alone). */
  recoveryCodesIssued: number;
};

export async function secondFactorsOf(userId: string): Promise<SecondFactors> {
  const [totp, passkeys, recoveryCodesLeft, recoveryCodesIssued] = await Promise.all([
    db().totpFactor.count({ where: { userId, confirmedAt: { not: null } } }),
    db().passkey.count({ where: { userId } }),
    db().recoveryCode.count({ where: { userId, usedAt: null } }),
    db().recoveryCode.count({ where: { userId } }),
  ]);
  return { totp: totp > 0, passkeys, recoveryCodesLeft, recoveryCodesIssued };
}

/** Whether sign-in must ask for more than the password (recovery codes alone do not count). */
export function hasSecondFactor(factors: SecondFactors): boolean {
  return factors.totp || factors.passkeys > 0;
}
