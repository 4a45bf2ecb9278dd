import { defineOAuthRoute, deviceTokenLimiter, oauthError, oauthJson } from "@/lib/api/oauth-route";
import { pollDeviceAuthorization } from "@/lib/device-authorization/poll-device-authorization";
import {
  DEVICE_CLIENT_ID,
  DEVICE_GRANT_TYPE,
  deviceTokenRequestSchema,
} from "@/lib/device-authorization/schemas";

// RFC 8628 §3.4–3.5: unauthenticated; answers in OAuth's JSON, not the envelope.
export const POST = defineOAuthRoute(deviceTokenLimiter, async ({ fields }) => {
  const parsed = deviceTokenRequestSchema.safeParse(fields);
  if (
    typeof fields.grant_type === "string" &&
    fields.grant_type !== "" &&
    fields.grant_type !== DEVICE_GRANT_TYPE
  )
    return oauthError("unsupported_grant_type");
  if (!parsed.success) return oauthError("invalid_request", "Send grant_type, device_code and client_id.");
  if (parsed.data.client_id !== DEVICE_CLIENT_ID) return oauthError("invalid_client");
  const result = await pollDeviceAuthorization({
    deviceCode: parsed.data.device_code,
    clientId: parsed.data.client_id,
  });
  return result.ok ? oauthJson(200, result.answer) : oauthError(result.error);
});
