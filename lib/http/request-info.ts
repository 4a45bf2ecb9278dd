import "server-only";
import { headers } from "next/headers";
import type { RequestInfo } from "@/lib/actor";

/**
 * Client address and user agent for the audit trail. Next.js fills `x-forwarded-for` with the
 * socket address only when the client sent none, so the first entry is the client's claim; it
 * is recorded, never trusted for decisions.
 */
export function requestInfoFrom(source: Headers): RequestInfo {
  const forwarded = source.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded ? forwarded.slice(0, 64) : null,
    userAgent: source.get("user-agent")?.slice(0, 512) ?? null,
  };
}

export async function requestInfo(): Promise<RequestInfo> {
  return requestInfoFrom(await headers());
}
