import { afterEach, describe, expect, inject, it, vi } from "vitest";
import * as tokenRollRoute from "@/app/api/v1/admin/access-tokens/[id]/roll/route";
import * as tokenRoute from "@/app/api/v1/admin/access-tokens/[id]/route";
import * as tokensRoute from "@/app/api/v1/admin/access-tokens/route";
import * as keyRoute from "@/app/api/v1/admin/websites/[websiteId]/apikeys/[keyId]/route";
import * as keysRoute from "@/app/api/v1/admin/websites/[websiteId]/apikeys/route";
import * as websiteRoute from "@/app/api/v1/admin/websites/[websiteId]/route";
import * as memberRoute from "@/app/api/v1/admin/websites/[websiteId]/team/[userId]/route";
import * as teamRoute from "@/app/api/v1/admin/websites/[websiteId]/team/route";
import * as goalsRoute from "@/app/api/v1/goals/route";
import * as whoRoute from "@/app/api/v1/token/route";
import { TOKEN_ROLL_WIDER_MESSAGE } from "@/lib/account-tokens/messages";
import { database, db, directQuery, installDatabase } from "@/lib/db";
import { openPostgres } from "@/lib/db/database";
import { previewWebsiteKeyRevoke } from "@/lib/website-keys/key-lineage";
import {
  asSession,
  domainState,
  makeAccountToken,
  makeTeam,
  makeWebsiteKey,
  uniqueSuffix,
} from "@/test/factories";
import { call, type Reply } from "@/test/http";
import { databaseUrl } from "@/test/test-database";

// Credential lineage (issue 14) over HTTP: rows S76–S85 through the REST routes (each reply
// checked against the OpenAPI document by test/http.ts) and, for what only the dashboard does
// (edit, regenerate, revoke all), through the real server actions with a stubbed session.

const session = vi.hoisted(() => ({ userId: "", headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => session.headers }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/session", () => ({
  currentUser: async () =>
    session.userId
      ? { id: session.userId, email: "someone@example.test", name: "Someone", authenticatedAt: new Date() }
      : null,
}));
const { createAccountTokenAction, editAccountTokenAction, regenerateAccountTokenAction } =
  await import("@/lib/actions/account-tokens");
const { revokePersonKeysAction } = await import("@/lib/actions/team");

function signedIn(userId: string) {
  session.userId = userId;
  session.headers = new Headers({ host: "keyward.test", origin: "http://keyward.test" });
}

afterEach(() => {
  vi.useRealTimers();
  session.userId = "";
});

const DAY = 86_400_000;

type Data = Record<string, unknown> & { _id: string };
const first = (reply: Reply) => reply.json.data?.[0] as Data;

/** GET /token: 200 while the secret works, 401 once it does not. */
async function status(secret: string): Promise<number> {
  return (await call(whoRoute.GET, { path: "/api/v1/token", secret })).status;
}

function mintKey(secret: string, websiteId: string, body: Record<string, unknown> = {}) {
  return call(keysRoute.POST, {
    method: "POST",
    path: `/api/v1/admin/websites/${websiteId}/apikeys`,
    params: { websiteId },
    secret,
    body: { name: `key ${uniqueSuffix()}`, ...body },
  });
}

function mintToken(secret: string, body: Record<string, unknown> = {}) {
  return call(tokensRoute.POST, {
    method: "POST",
    path: "/api/v1/admin/access-tokens",
    secret,
    body: { name: `token ${uniqueSuffix()}`, permissions: ["*"], ...body },
  });
}

function keyAct(method: "PUT" | "DELETE", secret: string, websiteId: string, keyId: string) {
  return call(method === "PUT" ? keyRoute.PUT : keyRoute.DELETE, {
    method,
    path: `/api/v1/admin/websites/${websiteId}/apikeys/${keyId}`,
    params: { websiteId, keyId },
    secret,
    ...(method === "PUT" ? { body: { grace: "none" } } : {}),
  });
}

function revokeToken(secret: string, id: string) {
  return call(tokenRoute.DELETE, {
    method: "DELETE",
    path: `/api/v1/admin/access-tokens/${id}`,
    params: { id },
    secret,
  });
}

function recordGoal(secret: string) {
  return call(goalsRoute.POST, {
    method: "POST",
    path: "/api/v1/goals",
    secret,
    body: { datafast_visitor_id: "lineage-visitor", name: "signup" },
  });
}

describe("S76/S77 over HTTP: keys minted by keys stay in their person's lineage", () => {
  it("S76 a df_ key mints a key over the API: attributed to the member, flagged at removal, revoked by 'revoke all'", async () => {
    const { owner, member, website } = await makeTeam();
    const ownerToken = (await makeAccountToken(owner.id)).key;
    const k1 = await makeWebsiteKey(website._id, member.id, "K1");
    const k2 = await mintKey(k1.secret, website._id);
    expect(k2.status).toBe(200);
    expect(first(k2)).toMatchObject({
      createdBy: { _id: member.id, name: member.name },
      parentId: k1.key._id,
      parentKind: "website-key",
    });
    const removed = await call(teamRoute.DELETE, {
      method: "DELETE",
      path: `/api/v1/admin/websites/${website._id}/team`,
      params: { websiteId: website._id },
      secret: ownerToken,
      body: { userId: member.id },
    });
    expect((first(removed).keysToRoll as Data[]).map((k) => k._id).sort()).toEqual(
      [k1.key._id, first(k2)._id].sort(),
    );
    const listed = await call(keysRoute.GET, {
      path: `/api/v1/admin/websites/${website._id}/apikeys`,
      params: { websiteId: website._id },
      secret: ownerToken,
    });
    for (const key of listed.json.data as Data[]) expect(key.flaggedAt).not.toBeNull();

    signedIn(owner.id);
    const all = await revokePersonKeysAction({ websiteId: website._id, userId: member.id });
    expect(all.ok).toBe(true);
    expect(await status(k1.secret)).toBe(401);
    expect(await status(first(k2).key as string)).toBe(401);
  });

  it("S77 a removed member's key mints after the removal: same lineage, flagged, dies with 'revoke all'", async () => {
    const { owner, member, website } = await makeTeam();
    const k1 = await makeWebsiteKey(website._id, member.id, "K1");
    signedIn(owner.id);
    const { removeMemberAction } = await import("@/lib/actions/team");
    expect((await removeMemberAction({ websiteId: website._id, userId: member.id })).ok).toBe(true);
    const k3 = await mintKey(k1.secret, website._id);
    expect(k3.status).toBe(200);
    expect(first(k3)).toMatchObject({ createdBy: { _id: member.id }, parentId: k1.key._id });
    expect(first(k3).flaggedAt).not.toBeNull();
    await revokePersonKeysAction({ websiteId: website._id, userId: member.id });
    expect(await status(first(k3).key as string)).toBe(401);
  });
});

describe("S78 over HTTP", () => {
  it("S78 a 7-day token can't mint a never-expiring or later token or key: 400 naming its expiry; nothing created", async () => {
    const { owner, website } = await makeTeam();
    const parent = await makeAccountToken(owner.id, { expiresAt: new Date(Date.now() + 7 * DAY) });
    const shown = parent.token.expiresAt ?? "";
    const later = new Date(Date.parse(shown) + 1).toISOString();
    const before = await domainState();
    for (const body of [{}, { expiresAt: null }, { expiresAt: later }]) {
      const reply = await mintToken(parent.key, body);
      expect(reply.status).toBe(400);
      expect(reply.json.error?.message).toContain(shown);
      expect((await mintKey(parent.key, website._id, body)).status).toBe(400);
    }
    expect(await domainState()).toEqual(before);
    const child = await mintToken(parent.key, { expiresAt: shown });
    expect(child.status).toBe(200);
    expect(first(child)).toMatchObject({ expiresAt: shown, parentId: parent.token._id });
  });
});

describe("S79 over HTTP", () => {
  async function family(owner: string, websiteId: string) {
    const root = await makeAccountToken(owner);
    const child = first(await mintToken(root.key));
    const grandchild = first(await mintToken(child.key as string, { permissions: ["analytics:read"] }));
    const key = first(await mintKey(child.key as string, websiteId));
    const keyOfKey = first(await mintKey(key.key as string, websiteId));
    return {
      root,
      secrets: [child.key, grandchild.key, key.key, keyOfKey.key] as string[],
    };
  }

  it("S79 revoking a parent: children and grandchildren are 401 on the next request", async () => {
    const { owner, website } = await makeTeam();
    const { root, secrets } = await family(owner.id, website._id);
    for (const secret of secrets) expect(await status(secret)).toBe(200);
    expect((await revokeToken(root.key, root.token._id)).status).toBe(200);
    for (const secret of [root.key, ...secrets]) expect(await status(secret)).toBe(401);
  });

  it.runIf(inject("databaseTemplate").kind === "postgres")(
    "S79 also on a second instance: a revoke through one is a 401 for every descendant on the other",
    async () => {
      const template = inject("databaseTemplate");
      if (template.kind !== "postgres") return;
      const one = database();
      const [current] = await directQuery<{ name: string }>("SELECT current_database() AS name");
      const two = openPostgres(databaseUrl(template.serverUrl, current?.name ?? ""), 2);
      try {
        const { owner, website } = await makeTeam();
        const { root, secrets } = await family(owner.id, website._id);
        installDatabase(two);
        for (const secret of secrets) expect(await status(secret)).toBe(200);
        installDatabase(one);
        expect((await revokeToken(root.key, root.token._id)).status).toBe(200);
        installDatabase(two);
        for (const secret of [root.key, ...secrets]) expect(await status(secret)).toBe(401);
      } finally {
        installDatabase(one);
        await two.close();
      }
    },
  );
});

describe("S80/S81 over HTTP: a credential manages only itself and what it made", () => {
  it("S80 a snippet key gets 403 rolling or revoking the production key; the production key unchanged", async () => {
    const { owner, website } = await makeTeam();
    const production = await makeWebsiteKey(website._id, owner.id, "production");
    const snippet = await makeWebsiteKey(website._id, owner.id, "snippet");
    const before = await domainState();
    for (const method of ["PUT", "DELETE"] as const) {
      const reply = await keyAct(method, snippet.secret, website._id, production.key._id);
      expect(reply.status).toBe(403);
      expect(JSON.stringify(reply.json)).not.toContain("df_");
    }
    expect(await domainState()).toEqual(before);
    expect(await status(production.secret)).toBe(200);
    // Its own child it may roll (and receives that secret only).
    const child = first(await mintKey(snippet.secret, website._id));
    expect((await keyAct("PUT", snippet.secret, website._id, child._id)).status).toBe(200);
  });

  it("S81 a token with api-keys:write on one website gets 403 revoking or rolling its person's wider token; unchanged", async () => {
    const { owner, website } = await makeTeam();
    const wide = await makeAccountToken(owner.id, { permissions: ["*"] });
    const narrow = await makeAccountToken(owner.id, {
      permissions: ["api-keys:write"],
      websiteIds: [website._id],
    });
    const before = await domainState();
    expect((await revokeToken(narrow.key, wide.token._id)).status).toBe(403);
    const roll = await call(tokenRollRoute.POST, {
      method: "POST",
      path: `/api/v1/admin/access-tokens/${wide.token._id}/roll`,
      params: { id: wide.token._id },
      secret: narrow.key,
      body: {},
    });
    expect(roll.status).toBe(403);
    expect(roll.json.error?.message).toBe(TOKEN_ROLL_WIDER_MESSAGE);
    expect(JSON.stringify(roll.json)).not.toContain("dft_");
    expect(await domainState()).toEqual(before);
    expect(await status(wide.key)).toBe(200);
  });
});

describe("S82 over HTTP", () => {
  it("S82 a member who made a key is demoted to viewer: the key's writes 403 from the next request, reads 200", async () => {
    const { owner, member, website } = await makeTeam();
    const key = await makeWebsiteKey(website._id, member.id);
    expect((await recordGoal(key.secret)).status).toBe(200);
    const ownerToken = (await makeAccountToken(owner.id)).key;
    const demoted = await call(memberRoute.PATCH, {
      method: "PATCH",
      path: `/api/v1/admin/websites/${website._id}/team/${member.id}`,
      params: { websiteId: website._id, userId: member.id },
      secret: ownerToken,
      body: { role: "viewer" },
    });
    expect(demoted.status).toBe(200);
    expect((await recordGoal(key.secret)).status).toBe(403);
    const settings = await call(websiteRoute.PUT, {
      method: "PUT",
      path: `/api/v1/admin/websites/${website._id}`,
      params: { websiteId: website._id },
      secret: key.secret,
      body: { name: "Renamed" },
    });
    expect(settings.status).toBe(403);
    expect((await mintKey(key.secret, website._id)).status).toBe(403);
    const read = await call(keysRoute.GET, {
      path: `/api/v1/admin/websites/${website._id}/apikeys`,
      params: { websiteId: website._id },
      secret: key.secret,
    });
    expect(read.status).toBe(200);
  });
});

describe("S83 over HTTP: tokens are edited in the dashboard only", () => {
  it("S83 no route edits a token: PUT and PATCH on access tokens answer 405 and change nothing", async () => {
    const person = await makeTeam();
    const made = await makeAccountToken(person.owner.id, {
      permissions: ["analytics:read", "api-keys:write"],
    });
    const before = await domainState();
    for (const handler of [tokenRoute.PUT, tokenRoute.PATCH]) {
      const reply = await call(handler, {
        method: "PATCH",
        path: `/api/v1/admin/access-tokens/${made.token._id}`,
        params: { id: made.token._id },
        secret: made.key,
        body: { permissions: ["*"], expiresAt: null },
      });
      expect(reply.status).toBe(405);
    }
    for (const handler of [tokensRoute.PUT, tokensRoute.PATCH])
      expect(
        (await call(handler, { method: "PUT", path: "/api/v1/admin/access-tokens", secret: made.key }))
          .status,
      ).toBe(405);
    expect(await domainState()).toEqual(before);
  });

  it("S83 the edit action refuses widening beyond the person's role on an allow-listed website: 400 naming both", async () => {
    const { viewer, website } = await makeTeam();
    const made = await makeAccountToken(viewer.id, {
      permissions: ["analytics:read"],
      websiteIds: [website._id],
    });
    const before = await domainState();
    signedIn(viewer.id);
    const result = await editAccountTokenAction({
      tokenId: made.token._id,
      changes: { permissions: ["analytics:read", "settings:write"] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID" } });
    if (!result.ok) {
      expect(result.error.message).toContain(website.domain);
      expect(result.error.message).toContain("settings:write");
    }
    expect(await domainState()).toEqual(before);
    const narrowed = await editAccountTokenAction({ tokenId: made.token._id, changes: { name: "renamed" } });
    expect(narrowed).toMatchObject({ ok: true, data: { token: { name: "renamed" } } });
  });
});

describe("S84/S85 over HTTP", () => {
  it("S84 a token made for a calendar day works until that day ends in the chosen timezone, not one ms after", async () => {
    const { owner } = await makeTeam();
    signedIn(owner.id);
    const made = await createAccountTokenAction({
      name: "March",
      expiry: { date: "2030-03-01", timeZone: "America/Los_Angeles" },
    });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.data.token.expiresAt).toBe("2030-03-02T07:59:59.999Z");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-03-02T07:59:59.998Z"));
    expect(await status(made.data.key)).toBe(200);
    vi.setSystemTime(new Date("2030-03-02T08:00:00.000Z"));
    expect(await status(made.data.key)).toBe(401);
  });

  it("S85 regenerating an expired token: a new secret and expiry, the old secret 401, audited", async () => {
    const { owner } = await makeTeam();
    const made = await makeAccountToken(owner.id, { expiresAt: new Date(Date.now() + DAY) });
    await db().accountToken.update({
      where: { id: made.token._id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await status(made.key)).toBe(401);
    signedIn(owner.id);
    const result = await regenerateAccountTokenAction({ tokenId: made.token._id, expiry: "30d" });
    if (!result.ok) throw new Error(result.error.message);
    expect(await status(result.data.key)).toBe(200);
    expect(await status(made.key)).toBe(401);
    expect(Date.parse(result.data.token.expiresAt ?? "")).toBeGreaterThan(Date.now() + 29 * DAY);
    const events = await db().auditEvent.findMany({
      where: { targetId: made.token._id, action: "token.regenerate" },
    });
    expect(events).toHaveLength(1);
  });
});

describe("issue 14 acceptance, replayed end to end", () => {
  it("S76 S77 S78 S79 S80 S81 K1 mints K2; removal flags both; K1 mints K3; revoke all ends K2 and K3; expiring, snippet and narrow credentials are held", async () => {
    const { owner, member, website } = await makeTeam();
    const ownerToken = (await makeAccountToken(owner.id)).key;
    const websiteId = website._id;

    // A member makes K1 and, with it, K2.
    const k1 = await makeWebsiteKey(websiteId, member.id, "K1");
    const k2 = first(await mintKey(k1.secret, websiteId));
    // The owner removes the member: K1 and K2 are flagged.
    const removed = first(
      await call(teamRoute.DELETE, {
        method: "DELETE",
        path: `/api/v1/admin/websites/${websiteId}/team`,
        params: { websiteId },
        secret: ownerToken,
        body: { userId: member.id },
      }),
    );
    expect((removed.keysToRoll as Data[]).map((k) => k._id).sort()).toEqual([k1.key._id, k2._id].sort());
    // After the removal K1 mints K3, in the same lineage.
    const k3 = first(await mintKey(k1.secret, websiteId));
    expect(k3).toMatchObject({ parentId: k1.key._id, createdBy: { _id: member.id } });
    // The owner rolls K1 without grace: K3 still works, and the roll offers K2's and K3's lineage.
    const rolled = first(await keyAct("PUT", ownerToken, websiteId, k1.key._id));
    expect(await status(k1.secret)).toBe(401);
    expect(await status(k3.key as string)).toBe(200);
    expect(
      (await previewWebsiteKeyRevoke(asSession(owner.id), { websiteId, keyId: k1.key._id }))
        .map((k) => k._id)
        .sort(),
    ).toEqual([k2._id, k3._id].sort());
    // "Revoke all" ends K1, K2 and K3.
    signedIn(owner.id);
    expect((await revokePersonKeysAction({ websiteId, userId: member.id })).ok).toBe(true);
    for (const secret of [rolled.key, k2.key, k3.key] as string[]) expect(await status(secret)).toBe(401);

    // A 7-day token can't mint a never-expiring child; revoking it ends the child it could mint.
    const sevenDays = await makeAccountToken(owner.id, { expiresAt: new Date(Date.now() + 7 * DAY) });
    expect((await mintToken(sevenDays.key, { expiresAt: null })).status).toBe(400);
    const child = first(await mintToken(sevenDays.key, { expiresAt: sevenDays.token.expiresAt }));
    expect((await revokeToken(ownerToken, sevenDays.token._id)).status).toBe(200);
    expect(await status(child.key as string)).toBe(401);

    // The snippet key can't touch the production key; the narrow token can't revoke the wide one.
    const production = await makeWebsiteKey(websiteId, owner.id, "production");
    const snippet = await makeWebsiteKey(websiteId, owner.id, "snippet");
    expect((await keyAct("PUT", snippet.secret, websiteId, production.key._id)).status).toBe(403);
    const narrow = await makeAccountToken(owner.id, {
      permissions: ["api-keys:write"],
      websiteIds: [websiteId],
    });
    const wide = await makeAccountToken(owner.id, { permissions: ["*"] });
    expect((await revokeToken(narrow.key, wide.token._id)).status).toBe(403);
    expect(await status(production.secret)).toBe(200);
    expect(await status(wide.key)).toBe(200);
  });
});
