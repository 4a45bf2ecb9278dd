import { WebAuthnError } from "@simplewebauthn/browser";
import { describe, expect, it } from "vitest";
import { NO_WEBAUTHN_MESSAGE, passkeyBrowserError } from "./passkey-browser-error";

function domError(name: string, message = "details") {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe("passkeyBrowserError", () => {
  it("names a cancelled, timed-out or refused prompt and says nothing happened", () => {
    const cancelled = new WebAuthnError({
      message: "The operation either timed out or was not allowed.",
      code: "ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY",
      cause: domError("NotAllowedError"),
    });
    expect(passkeyBrowserError(cancelled, "create")).toBe(
      "The passkey prompt was cancelled, timed out or refused by the browser. Nothing was added.",
    );
    expect(passkeyBrowserError(domError("AbortError"), "use")).toMatch(/cancelled.*Nothing was sent\.$/);
  });

  it("tells an authenticator already registered apart", () => {
    const again = new WebAuthnError({
      message: "already registered",
      code: "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED",
      cause: domError("InvalidStateError"),
    });
    expect(passkeyBrowserError(again, "create")).toBe(
      "This authenticator already holds a passkey for your account.",
    );
  });

  it("says when the browser has no WebAuthn, and passes other reasons on", () => {
    expect(passkeyBrowserError(new Error("WebAuthn is not supported in this browser"), "use")).toBe(
      NO_WEBAUTHN_MESSAGE,
    );
    expect(passkeyBrowserError(domError("SecurityError", "bad domain"), "create")).toBe(
      "The browser could not create the passkey (bad domain). Nothing was added.",
    );
    expect(passkeyBrowserError("weird", "use")).toBe(
      "The browser could not use the passkey. Nothing was sent.",
    );
  });
});
