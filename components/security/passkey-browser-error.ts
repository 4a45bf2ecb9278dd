import { WebAuthnError } from "@simplewebauthn/browser";

// What to tell a person when their browser does not finish a passkey prompt. Browsers report a
// cancel, a timeout and a refused request alike ("NotAllowedError"), so one message covers them.

export const NO_WEBAUTHN_MESSAGE =
  "This browser does not support passkeys. Use a current browser, or another way to confirm it's you.";

export function passkeyBrowserError(error: unknown, act: "create" | "use"): string {
  const nothing = act === "create" ? "Nothing was added." : "Nothing was sent.";
  if (error instanceof WebAuthnError && error.code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED")
    return "This authenticator already holds a passkey for your account.";
  if (error instanceof Error && (error.name === "NotAllowedError" || error.name === "AbortError"))
    return `The passkey prompt was cancelled, timed out or refused by the browser. ${nothing}`;
  if (error instanceof Error && error.message === "WebAuthn is not supported in this browser")
    return NO_WEBAUTHN_MESSAGE;
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return `The browser could not ${act} the passkey${detail}. ${nothing}`;
}
