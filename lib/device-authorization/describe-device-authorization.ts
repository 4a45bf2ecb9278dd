import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { digestUserCode } from "./codes";
import { countUserCodeMiss, checkUserCodeLookups } from "./user-code-throttle";
import { formatUserCode } from "./schemas";

/** What /device shows for a code: never a digest, a secret or who else looked at it. */
export type DeviceView =
  | { state: "unknown" }
  | { state: "used" }
  | {
      state: "pending";
      userCode: string;
      clientName: string;
      requestedAt: string;
      requestIp: string | null;
      expiresAt: string;
    };

/** The sign-in a person is about to approve or deny, by its (normalized) user code; throttled. */
export async function describeDeviceAuthorization(
  actor: Actor,
  userCode: string,
  now = new Date(),
): Promise<DeviceView> {
  const userId = requireAccountAccess(actor, "tokens.write");
  checkUserCodeLookups(userId);
  const row = await db().deviceAuthorization.findUnique({
    where: { userCodeDigest: digestUserCode(userCode) },
  });
  if (!row) {
    await countUserCodeMiss(userId);
    return { state: "unknown" };
  }
  if (row.expiresAt <= now) return { state: "unknown" };
  if (row.status !== "pending") return { state: "used" };
  return {
    state: "pending",
    userCode: formatUserCode(userCode),
    clientName: row.clientName,
    requestedAt: row.createdAt.toISOString(),
    requestIp: row.requestIp,
    expiresAt: row.expiresAt.toISOString(),
  };
}
