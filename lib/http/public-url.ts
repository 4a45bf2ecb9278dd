import "server-only";
import { env } from "@/lib/env";

/**
 * An absolute link to a path of Keyward, for anything emailed or copied (invitations,
 * verification and reset links, API base URLs). Built from KEYWARD_URL (development:
 * http://localhost:PORT), never from a request's Host or X-Forwarded-* headers, which a client
 * chooses.
 */
export function publicUrl(path: `/${string}`): string {
  return new URL(path, env().linkOrigin).toString();
}

/** The origin links are built on, e.g. for "the API lives at …" notes. */
export function publicOrigin(): string {
  return env().linkOrigin;
}

export function invitationUrl(token: string): string {
  return publicUrl(`/invite/${encodeURIComponent(token)}`);
}

/** Whether people reach Keyward over https (KEYWARD_URL says so): enables HSTS and Secure cookies. */
export function isHttpsDeployment(): boolean {
  return env().publicUrl?.startsWith("https:") ?? false;
}
