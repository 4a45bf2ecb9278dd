import { browserSupportsWebAuthn, startAuthentication } from "@simplewebauthn/browser";
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { NO_WEBAUTHN_MESSAGE, passkeyBrowserError } from "./passkey-browser-error";

export type PasskeyChallenge = { challengeId: string; options: PublicKeyCredentialRequestOptionsJSON };
/** What the server checks: the challenge it issued and the browser's signed answer. */
export type PasskeyProof = { challengeId: string; response: unknown };

/** An action's refusal, a transport failure (runAction) or the browser's: a message to show. */
type Refusal = { ok: false; error: { code: string; message: string } };

/**
 * Asks the server for a challenge, then the browser for a passkey's answer to it (sign-in's
 * second step and the sudo dialog).
 */
export async function passkeyProof(
  challenge: () => Promise<{ ok: true; data: PasskeyChallenge } | Refusal>,
): Promise<{ ok: true; data: PasskeyProof } | Refusal> {
  if (!browserSupportsWebAuthn())
    return { ok: false, error: { code: "INVALID", message: NO_WEBAUTHN_MESSAGE } };
  const started = await challenge();
  if (!started.ok) return started;
  try {
    const response = await startAuthentication({ optionsJSON: started.data.options });
    return { ok: true, data: { challengeId: started.data.challengeId, response } };
  } catch (error) {
    return { ok: false, error: { code: "INVALID", message: passkeyBrowserError(error, "use") } };
  }
}
