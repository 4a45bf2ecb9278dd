import "server-only";
import { env } from "@/lib/env";

/** The origin people reach Keyward at: KEYWARD_URL when set, else the request's own origin. */
export function publicOrigin(request: Request | Headers): string {
  const configured = env().publicUrl;
  if (configured) return new URL(configured).origin;
  const headers = request instanceof Headers ? request : request.headers;
  const host = headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

export function invitationUrl(origin: string, token: string): string {
  return `${origin}/invite/${token}`;
}

/** Whether people reach Keyward over https (KEYWARD_URL says so): enables HSTS and Secure cookies. */
export function isHttpsDeployment(): boolean {
  return env().publicUrl?.startsWith("https:") ?? false;
}
