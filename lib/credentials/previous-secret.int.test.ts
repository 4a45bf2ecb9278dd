import { describe, expect, it } from "vitest";
import { rollAccountToken } from "@/lib/account-tokens/roll-account-token";
import { db } from "@/lib/db";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";
import { asSession, makeAccountToken, makeTeam, makeWebsiteKey } from "@/test/factories";
import { recordLastUsed } from "./last-used";
import { verifySecret } from "./verify";

// Issue 17, point 6: a roll's old secret has its own last use, so the two secrets are told apart.

const IP = "192.0.2.7";

describe("last use per secret", () => {
  it("a roll hands the last use to the old secret; uses of each are recorded apart, the newest names its secret", async () => {
    const { owner, website } = await makeTeam();
    const { key } = await makeWebsiteKey(website._id, owner.id);
    const row = () => db().websiteKey.findUniqueOrThrow({ where: { id: key._id } });
    const t0 = new Date(Math.floor(Date.now() / 1000) * 1000 + 3_600_000);
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const use = async (secret: "current" | "previous", when: Date) => {
      const { lastUsedAt, previousLastUsedAt } = await row();
      await recordLastUsed(
        { table: "WebsiteKey", id: key._id, secret, lastUsedAt, previousLastUsedAt },
        IP,
        when,
      );
    };

    await use("current", t0);
    await rollWebsiteKey(asSession(owner.id), { websiteId: website._id, keyId: key._id, grace: "24h" });
    // Nothing has used the new secret yet: the last use is the old one's.
    expect(await row()).toMatchObject({ lastUsedAt: t0, previousLastUsedAt: t0 });

    await use("current", at(0.5));
    expect(await row()).toMatchObject({ lastUsedAt: at(0.5), previousLastUsedAt: t0 });
    await use("previous", at(2));
    expect(await row()).toMatchObject({ lastUsedAt: at(2), previousLastUsedAt: at(2), lastUsedIp: IP });
    // A current use right after an old one is recorded at once, not a minute later.
    await use("current", at(2.25));
    expect(await row()).toMatchObject({ lastUsedAt: at(2.25), previousLastUsedAt: at(2) });
  });

  it("an account token's uses by its old secret are told apart through verification too", async () => {
    const { owner } = await makeTeam();
    const { key: old, token } = await makeAccountToken(owner.id);
    await rollAccountToken(asSession(owner.id), { tokenId: token._id, grace: "1h" });
    const before = await db().accountToken.findUniqueOrThrow({ where: { id: token._id } });
    expect(before.previousLastUsedAt).toBeNull();
    const when = new Date(Date.now() + 7_200_000);
    expect((await verifySecret({ raw: old, request: IP, now: new Date() })).ok).toBe(true);
    await recordLastUsed(
      {
        table: "AccountToken",
        id: token._id,
        secret: "previous",
        lastUsedAt: null,
        previousLastUsedAt: null,
      },
      IP,
      when,
    );
    const after = await db().accountToken.findUniqueOrThrow({ where: { id: token._id } });
    expect(after.previousLastUsedAt).toEqual(when);
    expect(after.lastUsedAt).toEqual(when);
  });
});
