import "server-only";
import type { AuthenticatorTransportFuture, WebAuthnCredential } from "@simplewebauthn/server";
import type { Passkey } from "@/lib/db/generated/client";

const TRANSPORTS = new Set<string>(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"]);

function isTransport(value: string): value is AuthenticatorTransportFuture {
  return TRANSPORTS.has(value);
}

/** A stored passkey as @simplewebauthn/server reads it. */
export function storedCredential(
  passkey: Pick<Passkey, "credentialId" | "publicKey" | "counter" | "transports">,
): WebAuthnCredential {
  return {
    id: passkey.credentialId,
    publicKey: new Uint8Array(passkey.publicKey),
    counter: Number(passkey.counter),
    transports: passkey.transports.filter(isTransport),
  };
}

/** The credentials to list in `excludeCredentials` / `allowCredentials`. */
export function credentialDescriptor(passkey: Pick<Passkey, "credentialId" | "transports">): {
  id: string;
  transports: AuthenticatorTransportFuture[];
} {
  return { id: passkey.credentialId, transports: passkey.transports.filter(isTransport) };
}
