import "server-only";
import type { Principal, Role } from "@/lib/access";

/** Where a request came from, for the audit trail. */
export type RequestInfo = { ip: string | null; userAgent: string | null };

/** The person's role on one website (null: none), as read at the start of this request. */
export type RoleAt = { websiteId: string; role: Role | null };

/** Who is acting: the principal the rules judge, plus what the audit trail records. */
export type Actor = {
  principal: Principal;
  /** The person behind the act; null for a website key. */
  userId: string | null;
  /** "session", or the display form of the secret used (never the secret). */
  credential: string;
  request: RequestInfo;
  /** The server-side session acted through (dashboard acts only): "this device" in lists. */
  sessionId?: string;
  /**
   * Read with the token in the request's first statement, for the website the request names:
   * plain reads use it rather than read it again; checks inside a transaction always re-read.
   */
  roleAt?: RoleAt | null;
};

export function sessionActor(userId: string, request: RequestInfo): Actor {
  return { principal: { kind: "session", userId }, userId, credential: "session", request };
}

/** For the seed and maintenance scripts, which act as a person from the command line. */
export function systemActor(userId: string): Actor {
  return sessionActor(userId, { ip: null, userAgent: "keyward-cli" });
}
