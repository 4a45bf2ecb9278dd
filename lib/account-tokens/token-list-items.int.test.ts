import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  actorFor,
  addMember,
  asSession,
  makeAccountToken,
  makePerson,
  makeWebsite,
  uniqueSuffix,
} from "@/test/factories";
import { LISTED_WEBSITE_NAMES, listAccountTokenItems, listAccountTokens } from "./list-account-tokens";
import { TOKEN_NOT_FOUND_MESSAGE } from "./messages";
import { revokeAccountToken } from "./revoke-account-token";
import { getAccountToken, getTokenFormContext } from "./token-form-context";

/** A person who is a member of `count` websites someone else owns, named a-00…, a-01…, so A–Z is known. */
async function memberOfMany(count: number) {
  const [owner, person] = await Promise.all([makePerson(), makePerson()]);
  const suffix = uniqueSuffix();
  const websites = [];
  for (let i = 0; i < count; i++) {
    const website = await makeWebsite(owner.id, {
      domain: `a-${String(i).padStart(2, "0")}-${suffix}.example.com`,
    });
    await addMember(website._id, person.id, "member");
    websites.push(website);
  }
  return { owner, person, websites };
}

describe("listAccountTokenItems (Account → API)", () => {
  it("sums an allow-list up: its size, its first names A–Z, and how many websites the person left", async () => {
    const { person, websites } = await memberOfMany(LISTED_WEBSITE_NAMES + 5);
    const ids = websites.map((w) => w._id);
    const { token } = await makeAccountToken(person.id, {
      permissions: ["analytics:read"],
      websiteIds: [...ids].reverse(),
    });
    const { token: everywhere } = await makeAccountToken(person.id);

    const [newest, older] = await listAccountTokenItems(asSession(person.id));
    expect(newest).toMatchObject({
      _id: everywhere._id,
      allWebsites: true,
      websites: { count: 0, names: [], left: 0 },
    });
    expect(older?._id).toBe(token._id);
    expect(older?.websites).toEqual({
      count: LISTED_WEBSITE_NAMES + 5,
      names: websites.slice(0, LISTED_WEBSITE_NAMES).map((w) => w.domain),
      left: 0,
    });
    expect(older).not.toHaveProperty("websiteIds");

    // The person leaves the first three: they are counted as left, and the names move on.
    await db().membership.deleteMany({ where: { userId: person.id, websiteId: { in: ids.slice(0, 3) } } });
    const [, after] = await listAccountTokenItems(asSession(person.id));
    expect(after?.websites).toEqual({
      count: LISTED_WEBSITE_NAMES + 5,
      names: websites.slice(3, 3 + LISTED_WEBSITE_NAMES).map((w) => w.domain),
      left: 3,
    });
  });

  it("S32 lists the same tokens as the REST list, in its order, with the same fields but the allow-list", async () => {
    const { person, websites } = await memberOfMany(2);
    await makeAccountToken(person.id, { websiteIds: [websites[0]!._id], permissions: ["analytics:read"] });
    await makeAccountToken(person.id);
    const other = await makePerson();
    await makeAccountToken(other.id);

    const full = await listAccountTokens(asSession(person.id));
    const items = await listAccountTokenItems(asSession(person.id));
    expect(items.map((item) => item._id)).toEqual(full.map((token) => token._id));
    for (const [index, item] of items.entries()) {
      const { websites: summary, ...rest } = item;
      const { websiteIds, ...expected } = full[index]!;
      expect(rest).toEqual(expected);
      expect(summary.count).toBe(websiteIds.length);
    }
    expect(JSON.stringify(items)).not.toMatch(/digest/i);
  });

  it("S17 a token without api-keys:write can't list them", async () => {
    const person = await makePerson();
    const { key } = await makeAccountToken(person.id, { permissions: ["analytics:read"] });
    await expect(listAccountTokenItems(await actorFor(key))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("getTokenFormContext (the create and edit dialogs)", () => {
  it("gives the person's websites and roles, and the edited token with its whole allow-list", async () => {
    const { person, websites } = await memberOfMany(LISTED_WEBSITE_NAMES + 1);
    const ids = websites.map((w) => w._id);
    const { token } = await makeAccountToken(person.id, { permissions: ["analytics:read"], websiteIds: ids });

    const forCreate = await getTokenFormContext(asSession(person.id), null);
    expect(forCreate.token).toBeNull();
    expect(forCreate.memberships.map((m) => m.websiteId).sort()).toEqual([...ids].sort());
    expect(forCreate.memberships.every((m) => m.role === "member")).toBe(true);

    const forEdit = await getTokenFormContext(asSession(person.id), token._id);
    expect(forEdit.token).toEqual(token);
    expect(forEdit.token?.websiteIds).toHaveLength(LISTED_WEBSITE_NAMES + 1);
  });

  it("S27 another person's token, a revoked one and a malformed id are all 'not found'", async () => {
    const [person, other] = await Promise.all([makePerson(), makePerson()]);
    const { token: theirs } = await makeAccountToken(other.id);
    const { token: mine } = await makeAccountToken(person.id);
    await revokeAccountToken(asSession(person.id), mine._id);
    for (const id of [theirs._id, mine._id, "not-a-uuid"]) {
      await expect(getTokenFormContext(asSession(person.id), id)).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: TOKEN_NOT_FOUND_MESSAGE,
      });
      await expect(getAccountToken(asSession(person.id), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
