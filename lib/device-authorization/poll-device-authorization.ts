import "server-only";
import { db } from "@/lib/db";
import { lockDeviceAuthorization } from "@/lib/db/locks";
import { openSecret } from "@/lib/two-factor/secret-box";
import { digestDeviceCode } from "./codes";
import { sealContext } from "./sealed-token";

/** RFC 8628 §3.5's answers while there is no token, plus RFC 6749's for a code Keyward never issued. */
export type PollError =
  "authorization_pending" | "slow_down" | "access_denied" | "expired_token" | "invalid_grant";

export type DeviceTokenAnswer = {
  access_token: string;
  token_type: "Bearer";
  expires_in?: number;
  scope: string;
  token_id: string;
  token_name: string;
};

export type PollResult = { ok: true; answer: DeviceTokenAnswer } | { ok: false; error: PollError };

const SLOW_DOWN_STEP_SECONDS = 5;

function refused(error: PollError): PollResult {
  return { ok: false, error };
}

/**
 * One poll of the device (RFC 8628 §3.4–3.5). The approved token's secret is delivered by exactly
 * one poll: the same statement that hands it over clears it, so a second poll finds "used".
 */
export async function pollDeviceAuthorization(
  input: { deviceCode: string; clientId: string },
  now = new Date(),
): Promise<PollResult> {
  return db().$transaction(async (tx) => {
    const locked = await lockDeviceAuthorization(tx, {
      deviceCodeDigest: digestDeviceCode(input.deviceCode),
    });
    const row = locked ? await tx.deviceAuthorization.findUnique({ where: { id: locked.id } }) : null;
    if (!row || row.clientId !== input.clientId) return refused("invalid_grant");
    if (row.status === "used" || row.expiresAt <= now) {
      // An approval nobody collected in time: its secret is never delivered, so it is dropped.
      if (row.sealedToken)
        await tx.deviceAuthorization.update({ where: { id: row.id }, data: { sealedToken: null } });
      return refused("expired_token");
    }
    if (row.lastPolledAt && now.getTime() - row.lastPolledAt.getTime() < row.interval * 1000) {
      await tx.deviceAuthorization.update({
        where: { id: row.id },
        data: { lastPolledAt: now, interval: row.interval + SLOW_DOWN_STEP_SECONDS },
      });
      return refused("slow_down");
    }
    await tx.deviceAuthorization.update({ where: { id: row.id }, data: { lastPolledAt: now } });
    if (row.status === "pending") return refused("authorization_pending");
    if (row.status === "denied" || !row.sealedToken || !row.tokenId) return refused("access_denied");

    const token = await tx.accountToken.findUnique({ where: { id: row.tokenId } });
    await tx.deviceAuthorization.update({
      where: { id: row.id },
      data: { status: "used", sealedToken: null },
    });
    // Revoked between approval and this poll: nothing worth delivering.
    if (!token || token.revokedAt) return refused("access_denied");
    const secret = openSecret(row.sealedToken, sealContext(row.id));
    const expiresIn = token.expiresAt ? Math.floor((token.expiresAt.getTime() - now.getTime()) / 1000) : null;
    return {
      ok: true,
      answer: {
        access_token: secret,
        token_type: "Bearer",
        ...(expiresIn === null ? {} : { expires_in: expiresIn }),
        scope: token.permissions.join(","),
        token_id: token.id,
        token_name: token.name,
      },
    };
  });
}
