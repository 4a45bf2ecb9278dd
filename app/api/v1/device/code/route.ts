import { defineOAuthRoute, deviceCodeLimiter, oauthError, oauthJson } from "@/lib/api/oauth-route";
import { deviceCodeRequestSchema } from "@/lib/device-authorization/schemas";
import { startDeviceAuthorization } from "@/lib/device-authorization/start-device-authorization";

// RFC 8628 §3.1–3.2: unauthenticated; answers in OAuth's JSON, not the envelope.
export const POST = defineOAuthRoute(deviceCodeLimiter, async ({ fields, request }) => {
  const parsed = deviceCodeRequestSchema.safeParse(fields);
  if (!parsed.success)
    return oauthError(
      "invalid_request",
      "Send client_id, and client_name (at most 80 printable characters).",
    );
  const answer = await startDeviceAuthorization(parsed.data, request);
  return answer ? oauthJson(200, answer) : oauthError("invalid_client");
});
