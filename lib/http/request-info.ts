import "server-only";
import { headers } from "next/headers";
import type { RequestInfo } from "@/lib/actor";

/**
 * Client address and user agent. server.mjs drops client-sent forwarding headers (unless a
 * trusted proxy sets them), so Next.js fills `x-forwarded-for` with the socket address; behind a
 * trusted proxy the last entry is the address that proxy saw.
 */
export function requestInfoFrom(source: Headers): RequestInfo {
  const forwarded = source.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return {
    ip: forwarded ? forwarded.slice(0, 64) : null,
    userAgent: source.get("user-agent")?.slice(0, 512) ?? null,
  };
}

export async function requestInfo(): Promise<RequestInfo> {
  return requestInfoFrom(await headers());
}
