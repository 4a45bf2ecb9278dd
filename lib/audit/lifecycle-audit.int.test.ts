import { describe, expect, it } from "vitest";
import { expireAccountTokenPreviousSecret } from "@/lib/account-tokens/expire-previous-secret";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { rollAccountToken } from "@/lib/account-tokens/roll-account-token";
import type { Actor } from "@/lib/actor";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import type { AuditEvent } from "@/lib/db/generated/client";
import { changeMemberRole } from "@/lib/team/change-role";
import { inviteMember } from "@/lib/team/invite-member";
import { removeMember } from "@/lib/team/remove-member";
import { expireWebsiteKeyPreviousSecret } from "@/lib/website-keys/expire-previous-secret";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";
import { deleteWebsite } from "@/lib/websites/delete-website";
import {
  TEST_REQUEST,
  actorFor,
  asSession,
  makeAccountToken,
  makeTeam,
  makeWebsiteKey,
  uniqueSuffix,
} from "@/test/factories";

// S71: every lifecycle act leaves exactly one audit event naming actor, credential, website,
// action, target, IP, user agent and a UTC time, and no secret. Each act runs on a fresh team;
// the events it added are read back from the whole (per-file) audit table.

type Act = {
  action: string;
  /** Sets the scene (not audited here) and returns the act, its expected fields and any secrets in play. */
  prepare: () => Promise<{
    run: () => Promise<unknown>;
    actor: Actor;
    websiteId: string | null;
    targetId: string;
    secrets: string[];
  }>;
};

const ACTS: Act[] = [
  {
    action: "token.create",
    prepare: async () => {
      const { owner } = await makeTeam();
      let made = "";
      const run = async () => {
        const { token, key } = await makeAccountToken(owner.id);
        made = token._id;
        return key;
      };
      return {
        run,
        actor: asSession(owner.id),
        websiteId: null,
        get targetId() {
          return made;
        },
        secrets: [],
      };
    },
  },
  {
    action: "token.roll",
    prepare: async () => {
      const { owner } = await makeTeam();
      const { token, key } = await makeAccountToken(owner.id);
      const actor = await actorFor(key);
      return {
        run: () => rollAccountToken(actor, { tokenId: token._id, grace: "none" }),
        actor,
        websiteId: null,
        targetId: token._id,
        secrets: [key],
      };
    },
  },
  {
    action: "token.expire-previous",
    prepare: async () => {
      const { owner } = await makeTeam();
      const { token, key } = await makeAccountToken(owner.id);
      const actor = asSession(owner.id);
      const rolled = await rollAccountToken(actor, { tokenId: token._id, grace: "24h" });
      return {
        run: () => expireAccountTokenPreviousSecret(actor, token._id),
        actor,
        websiteId: null,
        targetId: token._id,
        secrets: [key, rolled.key],
      };
    },
  },
  {
    action: "token.revoke",
    prepare: async () => {
      const { owner } = await makeTeam();
      const { token, key } = await makeAccountToken(owner.id);
      const actor = asSession(owner.id);
      return {
        run: () => revokeAccountToken(actor, token._id),
        actor,
        websiteId: null,
        targetId: token._id,
        secrets: [key],
      };
    },
  },
  {
    action: "token.expire",
    prepare: async () => {
      const { owner } = await makeTeam();
      const expiresAt = new Date(Date.now() + 60_000);
      const { token, key } = await makeAccountToken(owner.id, { expiresAt });
      const later = new Date(expiresAt.getTime() + 1_000);
      const actor = { ...(await actorFor(key)), credential: token.displayKey };
      // Presented three times after expiry: audited once, with the first presentation's request.
      const run = async () => {
        for (let i = 0; i < 3; i++)
          expect(await verifySecret({ raw: key, request: { ...TEST_REQUEST }, now: later })).toEqual({
            ok: false,
            reason: "expired",
            credentialId: expect.any(String),
          });
      };
      return { run, actor, websiteId: null, targetId: token._id, secrets: [key] };
    },
  },
  {
    action: "website-key.create",
    prepare: async () => {
      const { member, website } = await makeTeam();
      let made = "";
      const run = async () => {
        const { key, secret } = await makeWebsiteKey(website._id, member.id);
        made = key._id;
        return secret;
      };
      return {
        run,
        actor: asSession(member.id),
        websiteId: website._id,
        get targetId() {
          return made;
        },
        secrets: [],
      };
    },
  },
  {
    action: "website-key.roll",
    prepare: async () => {
      const { owner, website } = await makeTeam();
      const { key, secret } = await makeWebsiteKey(website._id, owner.id);
      const actor = await actorFor(secret);
      return {
        run: () => rollWebsiteKey(actor, { websiteId: website._id, keyId: key._id, grace: "1h" }),
        actor,
        websiteId: website._id,
        targetId: key._id,
        secrets: [secret],
      };
    },
  },
  {
    action: "website-key.expire-previous",
    prepare: async () => {
      const { owner, website } = await makeTeam();
      const { key, secret } = await makeWebsiteKey(website._id, owner.id);
      const ids = { websiteId: website._id, keyId: key._id };
      const rolled = await rollWebsiteKey(asSession(owner.id), { ...ids, grace: "7d" });
      const actor = await actorFor(rolled.secret);
      return {
        run: () => expireWebsiteKeyPreviousSecret(actor, ids),
        actor,
        websiteId: website._id,
        targetId: key._id,
        secrets: [secret, rolled.secret],
      };
    },
  },
  {
    action: "website-key.revoke",
    prepare: async () => {
      const { owner, website } = await makeTeam();
      const { key, secret } = await makeWebsiteKey(website._id, owner.id);
      const { key: tokenSecret } = await makeAccountToken(owner.id);
      const actor = await actorFor(tokenSecret);
      return {
        run: () => revokeWebsiteKey(actor, { websiteId: website._id, keyId: key._id }),
        actor,
        websiteId: website._id,
        targetId: key._id,
        secrets: [secret, tokenSecret],
      };
    },
  },
  {
    action: "team.invite",
    prepare: async () => {
      const { owner, website } = await makeTeam();
      const actor = asSession(owner.id);
      let made = "";
      const run = async () => {
        const { invitation, token } = await inviteMember(actor, website._id, {
          email: `invitee-${uniqueSuffix()}@example.test`,
          role: "viewer",
        });
        made = invitation._id;
        return token;
      };
      return {
        run,
        actor,
        websiteId: website._id,
        get targetId() {
          return made;
        },
        secrets: [],
      };
    },
  },
  {
    action: "team.role-change",
    prepare: async () => {
      const { owner, member, website } = await makeTeam();
      const actor = asSession(owner.id);
      return {
        run: () => changeMemberRole(actor, { websiteId: website._id, userId: member.id, role: "viewer" }),
        actor,
        websiteId: website._id,
        targetId: member.id,
        secrets: [],
      };
    },
  },
  {
    action: "team.remove",
    prepare: async () => {
      const { owner, viewer, website } = await makeTeam();
      const actor = asSession(owner.id);
      return {
        run: () => removeMember(actor, { websiteId: website._id, userId: viewer.id }),
        actor,
        websiteId: website._id,
        targetId: viewer.id,
        secrets: [],
      };
    },
  },
  {
    action: "website.delete",
    prepare: async () => {
      const { owner, website } = await makeTeam();
      const { secret } = await makeWebsiteKey(website._id, owner.id);
      const actor = asSession(owner.id);
      return {
        run: () => deleteWebsite(actor, website._id, { confirmDomain: website.domain }),
        actor,
        websiteId: website._id,
        targetId: website._id,
        secrets: [secret],
      };
    },
  },
];

async function eventsAfter(count: number): Promise<AuditEvent[]> {
  const all = await db().auditEvent.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return all.slice(count);
}

describe("S71 lifecycle audit", () => {
  it.each(ACTS.map((act) => [act.action, act] as const))(
    "S71 %s writes exactly one complete audit event and no secret",
    async (action, act) => {
      const scene = await act.prepare();
      const before = await db().auditEvent.count();
      const started = Date.now();
      const result = await scene.run();
      const added = await eventsAfter(before);

      expect(added).toHaveLength(1);
      const event = added[0];
      expect(event).toMatchObject({
        action,
        actorUserId: scene.actor.userId,
        credential: scene.actor.credential,
        websiteId: scene.websiteId,
        targetId: scene.targetId,
        ip: TEST_REQUEST.ip,
        userAgent: TEST_REQUEST.userAgent,
      });
      expect(event?.targetType).toEqual(expect.any(String));
      // timestamptz: an absolute instant, serialised in UTC.
      expect(event?.createdAt.toISOString()).toMatch(/Z$/);
      expect(event?.createdAt.getTime()).toBeGreaterThanOrEqual(started - 1_000);
      // Secrets in play: those of the scene and any the act revealed (a create's or roll's result).
      const revealed = JSON.stringify(result ?? null).match(/dft?_[0-9A-Za-z]{38}/g) ?? [];
      const link = typeof result === "string" && !result.startsWith("df") ? [result] : [];
      const secrets = [...scene.secrets, ...revealed, ...link];
      expect(secrets.length).toBeGreaterThan(["team.role-change", "team.remove"].includes(action) ? -1 : 0);
      for (const secret of secrets) expect(JSON.stringify(event)).not.toContain(secret);
    },
  );

  it("S71 token.expire is written once across repeated and concurrent presentations", async () => {
    const { owner } = await makeTeam();
    const expiresAt = new Date(Date.now() + 60_000);
    const { token, key } = await makeAccountToken(owner.id, { expiresAt });
    const later = new Date(expiresAt.getTime() + 5_000);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        verifySecret({ raw: key, request: { ip: "198.51.100.9", userAgent: "curl/8" }, now: later }),
      ),
    );
    const events = await db().auditEvent.findMany({ where: { action: "token.expire", targetId: token._id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorUserId: owner.id,
      credential: token.displayKey,
      ip: "198.51.100.9",
      userAgent: "curl/8",
    });
    // Before expiry nothing is written.
    const fresh = await makeAccountToken(owner.id, { expiresAt });
    expect((await verifySecret({ raw: fresh.key, request: null })).ok).toBe(true);
    expect(
      await db().auditEvent.count({ where: { action: "token.expire", targetId: fresh.token._id } }),
    ).toBe(0);
  });
});
