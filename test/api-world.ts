import type { Grant } from "@/lib/access";
import type { RouteHandler } from "@/lib/api/define-route";
import { makeAccountToken, makeTeam, makeWebsite, makeWebsiteKey } from "@/test/factories";
import { call, type Reply } from "@/test/http";

// A website A with a full team and every kind of secret, plus a website B of the same owner and
// a website C of the outsider: enough to drive the website-data routes over HTTP.

export async function makeApiWorld() {
  const team = await makeTeam();
  const A = team.website._id;
  const B = (await makeWebsite(team.owner.id))._id;
  const C = (await makeWebsite(team.outsider.id))._id;
  const token = async (userId: string, permissions: Grant[] = ["*"], websiteIds: string[] = []) =>
    (await makeAccountToken(userId, { permissions, websiteIds })).key;
  return {
    ...team,
    A,
    B,
    C,
    token,
    secrets: {
      owner: await token(team.owner.id),
      member: await token(team.member.id),
      viewer: await token(team.viewer.id),
      outsider: await token(team.outsider.id),
      keyA: (await makeWebsiteKey(A, team.owner.id)).secret,
      keyB: (await makeWebsiteKey(B, team.owner.id)).secret,
    },
  };
}
export type ApiWorld = Awaited<ReturnType<typeof makeApiWorld>>;

type Request = {
  secret?: string;
  body?: unknown;
  rawBody?: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
};

/** Calls `handler` at `path` (query string included) with `method`. */
export function request(
  handler: RouteHandler,
  method: string,
  path: string,
  options: Request = {},
): Promise<Reply> {
  return call(handler, {
    method,
    path,
    ...options,
    ...(options.rawBody !== undefined
      ? { headers: { "content-type": "application/json", ...options.headers } }
      : {}),
  });
}

/** The first item of a success envelope. */
export function first<T = Record<string, unknown>>(reply: Reply): T {
  return reply.json.data?.[0] as T;
}
