import "server-only";
import type { RequestInfo } from "@/lib/actor";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { publicUrl } from "@/lib/http/public-url";
import { generateDeviceCodes } from "./codes";
import { DEVICE_CLIENT_ID, formatUserCode } from "./schemas";

export const DEVICE_CODE_TTL_SECONDS = 600;
export const POLL_INTERVAL_SECONDS = 5;
const DEFAULT_CLIENT_NAME = "Keyward CLI";
// Finished sign-ins are kept a day so /device can say "already used" rather than "unknown".
const KEEP_FINISHED_MS = 24 * 60 * 60 * 1000;

export type DeviceCodeAnswer = {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete: string;
  expires_in: number;
  interval: number;
};

export type DeviceCodeRequest = { client_id: string; client_name?: string | undefined };

/** RFC 8628 §3.2: the codes for a new device sign-in, or null for a client Keyward does not know. */
export async function startDeviceAuthorization(
  input: DeviceCodeRequest,
  request: RequestInfo,
  now = new Date(),
): Promise<DeviceCodeAnswer | null> {
  if (input.client_id !== DEVICE_CLIENT_ID) return null;
  await db().deviceAuthorization.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - KEEP_FINISHED_MS) } },
  });
  // A user code is short: a clash with a live one is possible, if rare, and just draws again.
  for (let attempt = 1; ; attempt += 1) {
    const codes = generateDeviceCodes();
    try {
      await db().deviceAuthorization.create({
        data: {
          deviceCodeDigest: codes.deviceCodeDigest,
          userCodeDigest: codes.userCodeDigest,
          clientId: input.client_id,
          clientName: input.client_name ?? DEFAULT_CLIENT_NAME,
          requestIp: request.ip,
          requestUserAgent: request.userAgent,
          interval: POLL_INTERVAL_SECONDS,
          expiresAt: new Date(now.getTime() + DEVICE_CODE_TTL_SECONDS * 1000),
        },
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
    const shown = formatUserCode(codes.userCode);
    return {
      device_code: codes.deviceCode,
      user_code: shown,
      verification_uri: publicUrl("/device"),
      verification_uri_complete: publicUrl(`/device?code=${shown}`),
      expires_in: DEVICE_CODE_TTL_SECONDS,
      interval: POLL_INTERVAL_SECONDS,
    };
  }
}
