import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import {
  TEST_REQUEST,
  actorFor,
  addMember,
  asSession,
  domainState,
  makeAccountToken,
  makePerson,
  makeTeam,
  makeWebsite,
  makeWebsiteKey,
} from "@/test/factories";
import { deleteWebsite } from "./delete-website";
import { getWebsite } from "./get-website";
import { listWebsites, listWebsitesPage } from "./list-websites";
import { deleteWebsiteSchema, updateWebsiteSchema } from "./schemas";
import { updateWebsite } from "./update-website";

async function auditOf(websiteId: string, action: string) {
  return db().auditEvent.findMany({ where: { websiteId, action } });
}

describe("getWebsite", () => {
  it("every role reads the settings, with its own role", async () => {
    const { owner, member, viewer, website } = await makeTeam();
    for (const [person, role] of [
      [owner, "owner"],
      [member, "member"],
      [viewer, "viewer"],
    ] as const) {
      expect(await getWebsite(asSession(person.id), website._id)).toEqual({ ...website, role });
    }
  });

  it("S26 a non-member, a missing website and a malformed id all get the same refusal", async () => {
    const { outsider, website } = await makeTeam();
    for (const id of [website._id, randomUUID(), "x", "__proto__", "1 OR 1=1"]) {
      await expect(getWebsite(asSession(outsider.id), id)).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: NO_WEBSITE_ACCESS_MESSAGE,
      });
    }
  });

  it("S26/S23 a token reads only the websites in its scope; a key only its own website, as a member", async () => {
    const owner = await makePerson();
    const [a, b] = [await makeWebsite(owner.id), await makeWebsite(owner.id)];
    const tokenOfA = await actorFor(
      (await makeAccountToken(owner.id, { permissions: ["settings:read"], websiteIds: [a._id] })).key,
    );
    const keyOfA = await actorFor((await makeWebsiteKey(a._id, owner.id)).secret);
    await expect(getWebsite(tokenOfA, a._id)).resolves.toMatchObject({ _id: a._id, role: "owner" });
    await expect(getWebsite(keyOfA, a._id)).resolves.toMatchObject({ _id: a._id, role: "member" });
    for (const actor of [tokenOfA, keyOfA]) {
      await expect(getWebsite(actor, b._id)).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: NO_WEBSITE_ACCESS_MESSAGE,
      });
    }
    const analyticsOnly = await actorFor(
      (await makeAccountToken(owner.id, { permissions: ["analytics:read"] })).key,
    );
    await expect(getWebsite(analyticsOnly, a._id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("listWebsitesPage", () => {
  it("pages the person's websites by name, searches name and domain, and counts them all", async () => {
    const owner = await makePerson();
    const other = await makePerson();
    const names = ["Delta", "Alpha", "Charlie", "Bravo", "Echo"];
    const made = [];
    for (const name of names) made.push(await makeWebsite(owner.id, { name }));
    await makeWebsite(other.id, { name: "Alpha of someone else" });
    await addMember(made[0]!._id, other.id, "viewer");
    const me = asSession(owner.id);

    const first = await listWebsitesPage(me, { pageSize: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3 });
    expect(first.websites.map((w) => w.name)).toEqual(["Alpha", "Bravo"]);
    const last = await listWebsitesPage(me, { pageSize: 2, page: 3 });
    expect(last.websites.map((w) => w.name)).toEqual(["Echo"]);
    // A page past the end answers the last one rather than an empty list.
    expect(await listWebsitesPage(me, { pageSize: 2, page: 99 })).toEqual(last);
    // Every page together is the whole list, in the same order.
    const all = (await listWebsites(me)).map((w) => w._id);
    const pages = [1, 2, 3].map((page) => listWebsitesPage(me, { pageSize: 2, page }));
    expect((await Promise.all(pages)).flatMap((p) => p.websites.map((w) => w._id))).toEqual(all);

    const byName = await listWebsitesPage(me, { query: "ALP" });
    expect(byName).toMatchObject({ total: 1, pageCount: 1 });
    expect(byName.websites.map((w) => w.name)).toEqual(["Alpha"]);
    const byDomain = await listWebsitesPage(me, { query: made[3]!.domain.slice(0, 12).toUpperCase() });
    expect(byDomain.websites.map((w) => w._id)).toContain(made[3]!._id);
    // LIKE's wildcards and escape are searched for as typed, not as patterns.
    for (const query of ["%", "A_pha", "Al%a", "\\"])
      expect(await listWebsitesPage(me, { query }), query).toMatchObject({ total: 0 });
    expect(await listWebsitesPage(me, { query: "no such website" })).toMatchObject({
      websites: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
    // The other person sees their own website and the one they were added to, as a viewer.
    const theirs = await listWebsitesPage(asSession(other.id), {});
    expect(theirs.websites.map((w) => [w.name, w.role])).toEqual([
      ["Alpha of someone else", "owner"],
      ["Delta", "viewer"],
    ]);
  });

  it("S23 a token lists only the websites in its scope, and counts only those", async () => {
    const owner = await makePerson();
    const [a] = [await makeWebsite(owner.id, { name: "A" }), await makeWebsite(owner.id, { name: "B" })];
    const token = await actorFor(
      (await makeAccountToken(owner.id, { permissions: ["websites:read"], websiteIds: [a!._id] })).key,
    );
    const page = await listWebsitesPage(token, {});
    expect(page).toMatchObject({ total: 1, pageCount: 1 });
    expect(page.websites.map((w) => w._id)).toEqual([a!._id]);
  });
});

describe("updateWebsite", () => {
  it("owners and members change settings; the change is audited with before and after", async () => {
    const { owner, member, website } = await makeTeam();
    const renamed = await updateWebsite(asSession(member.id), website._id, {
      name: "Shop",
      timezone: "Europe/Paris",
    });
    expect(renamed).toMatchObject({
      _id: website._id,
      name: "Shop",
      timezone: "Europe/Paris",
      role: "member",
    });
    const updated = await updateWebsite(asSession(owner.id), website._id, {
      currency: "EUR",
      domain: "NEW-Domain.example.com",
    });
    expect(updated).toMatchObject({ currency: "EUR", domain: "new-domain.example.com", role: "owner" });
    const events = await auditOf(website._id, "website.update");
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.metadata)).toContainEqual({
      changes: { name: { from: website.name, to: "Shop" }, timezone: { from: "UTC", to: "Europe/Paris" } },
    });
    expect(events[0]).toMatchObject({ ip: TEST_REQUEST.ip, userAgent: TEST_REQUEST.userAgent });
  });

  it("a change to nothing writes nothing and records nothing", async () => {
    const { owner, website } = await makeTeam();
    const before = await domainState();
    await expect(updateWebsite(asSession(owner.id), website._id, { name: website.name })).resolves.toEqual(
      website,
    );
    await expect(updateWebsite(asSession(owner.id), website._id, {})).resolves.toEqual(website);
    expect(await domainState()).toEqual(before);
    expect(await auditOf(website._id, "website.update")).toEqual([]);
  });

  it("grid O2 viewers, outsiders and tokens without settings:write are refused; nothing changed", async () => {
    const { owner, viewer, outsider, website } = await makeTeam();
    const readOnly = await actorFor(
      (await makeAccountToken(owner.id, { permissions: ["settings:read"] })).key,
    );
    const before = await domainState();
    for (const actor of [asSession(viewer.id), asSession(outsider.id), readOnly]) {
      await expect(updateWebsite(actor, website._id, { name: "Hijacked" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await domainState()).toEqual(before);
  });

  it("grid K a key of A changes A's settings as a member, never B's", async () => {
    const owner = await makePerson();
    const [a, b] = [await makeWebsite(owner.id), await makeWebsite(owner.id)];
    const keyOfA = await actorFor((await makeWebsiteKey(a._id, owner.id)).secret);
    await expect(updateWebsite(keyOfA, a._id, { name: "By key" })).resolves.toMatchObject({
      name: "By key",
      role: "member",
    });
    await expect(updateWebsite(keyOfA, b._id, { name: "By key" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a domain already used by another of the person's websites is a conflict (409); other people's domains are not", async () => {
    const { owner, member, website } = await makeTeam();
    const second = await makeWebsite(owner.id);
    const strangers = await makeWebsite((await makePerson()).id);
    await expect(
      updateWebsite(asSession(owner.id), website._id, { domain: second.domain }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      field: "domain",
    });
    // The member does not belong to `second`, but the key rule for keys and people is the same: their own websites.
    await expect(
      updateWebsite(asSession(member.id), website._id, { domain: strangers.domain }),
    ).resolves.toMatchObject({
      domain: strangers.domain,
    });
    const keyActor = await actorFor((await makeWebsiteKey(website._id, owner.id)).secret);
    await expect(updateWebsite(keyActor, website._id, { domain: second.domain })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a pasted URL or an internationalised name is stored as its bare host, in punycode, and compared as such", async () => {
    const { owner, website } = await makeTeam();
    const second = await makeWebsite(owner.id);
    const updated = await updateWebsite(asSession(owner.id), website._id, {
      domain: "HTTPS://Nadia-Shop.example.com/",
    });
    expect(updated.domain).toBe("nadia-shop.example.com");
    const idn = await updateWebsite(asSession(owner.id), website._id, {
      domain: "https://Bücher.example./x",
    });
    expect(idn.domain).toBe("xn--bcher-kva.example");
    await expect(
      updateWebsite(asSession(owner.id), website._id, { domain: `http://${second.domain.toUpperCase()}./` }),
    ).rejects.toMatchObject({ code: "CONFLICT", field: "domain" });
    expect(updateWebsiteSchema.safeParse({ domain: "my shop.com" }).error?.issues[0]?.message).toBe(
      'Remove the spaces from "my shop.com": a domain has none, like shop.example.com.',
    );
  });

  it("S31 unknown fields and bad values are refused by the schema and by the domain", async () => {
    const { owner, website } = await makeTeam();
    for (const bad of [
      { trackingId: "dfid_x" },
      { id: randomUUID() },
      { role: "owner" },
      { timezone: "Mars/Olympus" },
      { currency: "XXXX" },
      { domain: "https://evil.example.com:8443/path" },
      { domain: "evil example.com" },
      { name: "" },
    ]) {
      expect(updateWebsiteSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      await expect(updateWebsite(asSession(owner.id), website._id, bad as never)).rejects.toThrow();
    }
    expect(await getWebsite(asSession(owner.id), website._id)).toEqual(website);
  });
});

describe("deleteWebsite", () => {
  it("S37 members, viewers, outsiders and any token of a non-owner (even '*') can't delete; the site is intact", async () => {
    const { owner, member, viewer, outsider, website } = await makeTeam();
    const memberStar = await actorFor((await makeAccountToken(member.id, { permissions: ["*"] })).key);
    const ownerWithoutWrite = await actorFor(
      (await makeAccountToken(owner.id, { permissions: ["settings:write"] })).key,
    );
    const key = await actorFor((await makeWebsiteKey(website._id, owner.id)).secret);
    const before = await domainState();
    for (const actor of [
      asSession(member.id),
      asSession(viewer.id),
      asSession(outsider.id),
      memberStar,
      ownerWithoutWrite,
      key,
    ]) {
      const attempt = deleteWebsite(actor, website._id, { confirmDomain: website.domain });
      await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
      // Refused before the confirmation is read, so the domain is never echoed to them.
      await expect(attempt).rejects.not.toThrow(website.domain);
    }
    await expect(
      deleteWebsite(asSession(member.id), website._id, { confirmDomain: website.domain }),
    ).rejects.toThrow("Only owners can delete this website.");
    expect(await domainState()).toEqual(before);
    expect(await auditOf(website._id, "website.delete")).toEqual([]);
  });

  it("S38 the owner without, then with the typed confirmation: refused, then deleted; its keys stop verifying; audited", async () => {
    const { owner, member, website } = await makeTeam();
    const other = await makeWebsite(owner.id);
    const key = await makeWebsiteKey(website._id, member.id);
    const both = await makeAccountToken(owner.id, {
      permissions: ["analytics:read"],
      websiteIds: [website._id, other._id],
    });
    const onlyThis = await makeAccountToken(owner.id, {
      permissions: ["analytics:read"],
      websiteIds: [website._id],
    });
    await db().invitation.create({
      data: {
        websiteId: website._id,
        email: "invitee@example.test",
        role: "viewer",
        tokenDigest: new Uint8Array(32).fill(7),
        invitedById: owner.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const before = await domainState();
    for (const confirmDomain of [
      "",
      "wrong.example.com",
      website.domain.toUpperCase(),
      `${website.domain}.`,
    ]) {
      await expect(deleteWebsite(asSession(owner.id), website._id, { confirmDomain })).rejects.toMatchObject({
        code: "INVALID",
        field: "confirmDomain",
        message: `Type ${website.domain} to confirm.`,
      });
    }
    // A session cannot skip the confirmation the way a REST call does.
    await expect(deleteWebsite(asSession(owner.id), website._id, null)).rejects.toMatchObject({
      code: "INVALID",
      field: "confirmDomain",
    });
    expect(await domainState()).toEqual(before);

    await deleteWebsite(
      asSession(owner.id),
      website._id,
      deleteWebsiteSchema.parse({ confirmDomain: ` ${website.domain} ` }),
    );
    expect(await db().website.findUnique({ where: { id: website._id } })).toBeNull();
    expect(await db().membership.count({ where: { websiteId: website._id } })).toBe(0);
    expect(await db().invitation.count({ where: { websiteId: website._id } })).toBe(0);
    expect(await verifySecret({ raw: key.secret, request: null })).toEqual({ ok: false, reason: "unknown" });
    // Removed from every allow-list: a list left empty reaches nothing, never "all websites".
    const [kept, emptied] = await Promise.all([
      verifySecret({ raw: both.key, request: null }),
      verifySecret({ raw: onlyThis.key, request: null }),
    ]);
    expect(kept.ok && kept.credential.principal).toMatchObject({ websiteIds: [other._id] });
    expect(emptied.ok && emptied.credential.principal).toMatchObject({ websiteIds: [] });
    const events = await auditOf(website._id, "website.delete");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorUserId: owner.id,
      metadata: { domain: website.domain, activeKeysRemoved: 1 },
    });
    await expect(getWebsite(asSession(owner.id), website._id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("grid O5 a '*' token of the owner may delete, with the confirmation", async () => {
    const owner = await makePerson();
    const website = await makeWebsite(owner.id);
    const star = await actorFor((await makeAccountToken(owner.id, { permissions: ["*"] })).key);
    await deleteWebsite(star, website._id, { confirmDomain: website.domain });
    const [event] = await auditOf(website._id, "website.delete");
    expect(event?.credential).toBe(star.credential);
  });

  it("the confirmation schema is strict and bounded", () => {
    expect(deleteWebsiteSchema.safeParse({}).success).toBe(false);
    expect(deleteWebsiteSchema.safeParse({ confirmDomain: "a".repeat(300) }).success).toBe(false);
    expect(deleteWebsiteSchema.safeParse({ confirmDomain: "a.b", force: true }).success).toBe(false);
  });
});
