import "server-only";
import { env } from "@/lib/env";

/**
 * WebAuthn binds a passkey to the host people use: KEYWARD_URL (or http://localhost:PORT in
 * development), never the request's Host header, so a forged host cannot ask for assertions.
 */
export function relyingParty(): { id: string; origin: string; name: string } {
  const origin = env().linkOrigin;
  return { id: new URL(origin).hostname, origin, name: "Keyward" };
}
