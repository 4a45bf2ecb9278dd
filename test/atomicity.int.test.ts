import { describe, expect, it, vi } from "vitest";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { rollAccountToken } from "@/lib/account-tokens/roll-account-token";
import type { Prisma } from "@/lib/db";
import { db } from "@/lib/db";
import { verifySecret } from "@/lib/credentials/verify";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";
import { deleteWebsite } from "@/lib/websites/delete-website";
import { updateWebsite } from "@/lib/websites/update-website";
import {
  asSession,
  domainState,
  makeAccountToken,
  makePerson,
  makeTeam,
  makeWebsiteKey,
} from "@/test/factories";

// The database fails at the audit insert, inside the act's own transaction: a real SQL error
// (NOT NULL violation on AuditEvent.id), not a thrown JavaScript error, so the rollback is the
// database's.
const failure = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/audit/record-audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit/record-audit")>();
  return {
    ...real,
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      if (failure.on) {
        const tx = args[0] as unknown as Prisma.TransactionClient;
        await tx.$executeRaw`INSERT INTO "AuditEvent" (id, credential, action) VALUES (NULL, 'x', 'x')`;
      }
      return real.recordAudit(...args);
    },
  };
});

async function whileAuditFails<T>(act: () => Promise<T>): Promise<unknown> {
  const before = await db().auditEvent.count();
  failure.on = true;
  try {
    return await act().then(
      () => new Error("the act succeeded"),
      (error: unknown) => error,
    );
  } finally {
    failure.on = false;
    expect(await db().auditEvent.count()).toBe(before);
  }
}

describe("acts and their audit event commit together", () => {
  it("S43 roll a token with the database failing mid-transaction: old secret works, no successor, no audit row", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id);
    const before = await domainState();
    const error = await whileAuditFails(() =>
      rollAccountToken(asSession(person.id), { tokenId: made.token._id, grace: "1h" }),
    );
    expect(error).not.toMatchObject({ message: "the act succeeded" });
    expect(await domainState()).toEqual(before);
    expect((await verifySecret({ raw: made.key, request: null })).ok).toBe(true);
    const row = await db().accountToken.findUniqueOrThrow({ where: { id: made.token._id } });
    expect(row).toMatchObject({ rolledAt: null, previousDigest: null, previousExpiresAt: null });
  });

  it("S43 roll a website key with the database failing mid-transaction: old secret works, no successor, no audit row", async () => {
    const { owner, website } = await makeTeam();
    const made = await makeWebsiteKey(website._id, owner.id);
    const before = await domainState();
    await whileAuditFails(() =>
      rollWebsiteKey(asSession(owner.id), { websiteId: website._id, keyId: made.key._id, grace: "none" }),
    );
    expect(await domainState()).toEqual(before);
    expect((await verifySecret({ raw: made.secret, request: null })).ok).toBe(true);
  });

  it("S72 the audit insert fails inside a create: the token and the key are rolled back", async () => {
    const { owner, website } = await makeTeam();
    const before = await domainState();
    await whileAuditFails(() =>
      createAccountToken(asSession(owner.id), {
        name: "doomed",
        permissions: ["*"],
        websiteIds: [website._id],
        expiresAt: null,
      }),
    );
    await whileAuditFails(() => createWebsiteKey(asSession(owner.id), website._id, { name: "doomed" }));
    expect(await domainState()).toEqual(before);
  });

  it("S72 revoke, update and delete roll back with their audit event too", async () => {
    const { owner, website } = await makeTeam();
    const token = await makeAccountToken(owner.id);
    const key = await makeWebsiteKey(website._id, owner.id);
    const before = await domainState();
    await whileAuditFails(() => revokeAccountToken(asSession(owner.id), token.token._id));
    await whileAuditFails(() =>
      revokeWebsiteKey(asSession(owner.id), { websiteId: website._id, keyId: key.key._id }),
    );
    await whileAuditFails(() => updateWebsite(asSession(owner.id), website._id, { name: "Renamed" }));
    await whileAuditFails(() =>
      deleteWebsite(asSession(owner.id), website._id, { confirmDomain: website.domain }),
    );
    expect(await domainState()).toEqual(before);
    expect((await verifySecret({ raw: token.key, request: null })).ok).toBe(true);
    expect((await verifySecret({ raw: key.secret, request: null })).ok).toBe(true);
  });

  it("the failure switch is off again: acts succeed and are audited", async () => {
    const person = await makePerson();
    const { token } = await makeAccountToken(person.id);
    expect(await db().auditEvent.count({ where: { targetId: token._id } })).toBe(1);
  });
});
