import "server-only";

/**
 * The passkey answer sign-in carries in its `passkey` field (JSON `{challengeId, response}`, as
 * next-auth credentials are strings), or null when it is not that shape. The check itself is
 * verifyPasskeyAssertion's.
 */
export function passkeyProofFrom(
  raw: string,
): { method: "passkey"; challengeId: string; response: unknown } | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { challengeId, response } = value as { challengeId?: unknown; response?: unknown };
  return typeof challengeId === "string" ? { method: "passkey", challengeId, response } : null;
}
