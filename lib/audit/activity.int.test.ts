import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sessionActor } from "@/lib/actor";
import { db } from "@/lib/db";
import {
  actorFor,
  addMember,
  asSession,
  makeAccountToken,
  makePerson,
  makeTeam,
  makeWebsite,
  makeWebsiteKey,
} from "@/test/factories";
import { activityQueryFrom, encodeCursor, type ActivityQuery } from "./activity-query";
import { listAccountActivity } from "./list-account-activity";
import { listWebsiteActivity } from "./list-website-activity";
import type { ActivityPage } from "./list-activity";

const DTO_FIELDS = [
  "_id",
  "action",
  "actor",
  "changes",
  "createdAt",
  "ip",
  "lineage",
  "target",
  "userAgent",
  "website",
];

/** Walks every page from the first with "Older", then back with "Newer"; returns both id lists. */
async function walk(
  read: (query: ActivityQuery) => Promise<ActivityPage>,
  pageSize: number,
  filters: ActivityQuery = {},
) {
  const down: string[][] = [];
  let page = await read({ ...filters, pageSize });
  expect(page.newer).toBeNull();
  down.push(page.items.map((item) => item._id));
  while (page.older) {
    page = await read({ ...filters, pageSize, before: activityQueryFrom({ before: page.older }).before });
    down.push(page.items.map((item) => item._id));
    expect(page.newer).not.toBeNull();
  }
  const up: string[][] = [page.items.map((item) => item._id)];
  while (page.newer) {
    page = await read({ ...filters, pageSize, after: activityQueryFrom({ after: page.newer }).after });
    up.unshift(page.items.map((item) => item._id));
  }
  return { down, up };
}

/** Seven events on a fresh website: its creation and six keys. */
async function busyWebsite() {
  const team = await makeTeam();
  for (let i = 0; i < 6; i++)
    await makeWebsiteKey(team.website._id, i % 2 ? team.owner.id : team.member.id, `Key ${i}`);
  return team;
}

describe("listWebsiteActivity", () => {
  it("lists the website's events newest first, mapped through the DTO only", async () => {
    const { owner, website } = await busyWebsite();
    const page = await listWebsiteActivity(asSession(owner.id), website._id);
    expect(page.items.map((item) => item.action)).toEqual([
      ...Array(6).fill("website-key.create"),
      "website.create",
    ]);
    const times = page.items.map((item) => item.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const item of page.items) expect(Object.keys(item).sort()).toEqual(DTO_FIELDS);
    const [newest] = page.items;
    expect(newest).toMatchObject({
      actor: { _id: owner.id, name: owner.name, email: owner.email, credential: "session" },
      target: { type: "website-key", label: expect.stringMatching(/^Key 5 \(df_/) },
      website: { _id: website._id, domain: website.domain },
      ip: "203.0.113.7",
      userAgent: "vitest",
    });
    expect(JSON.stringify(page)).not.toMatch(/metadata|digest/i);
    expect(page.facets.actions).toEqual(["website-key.create", "website.create"]);
  });

  it("owners, members and viewers read it; tokens within their scope too", async () => {
    const { owner, member, viewer, website } = await busyWebsite();
    for (const person of [owner, member, viewer]) {
      expect((await listWebsiteActivity(asSession(person.id), website._id)).items).toHaveLength(7);
    }
    const { key } = await makeAccountToken(viewer.id, { permissions: ["settings:read"] });
    expect((await listWebsiteActivity(await actorFor(key), website._id)).items).toHaveLength(7);
  });

  it("filters by action and by person, and the filters combine", async () => {
    const { owner, member, website } = await busyWebsite();
    const read = (query: ActivityQuery) => listWebsiteActivity(asSession(owner.id), website._id, query);
    expect((await read({ action: "website.create" })).items.map((item) => item.action)).toEqual([
      "website.create",
    ]);
    const byMember = await read({ actor: member.id });
    expect(byMember.items).toHaveLength(3);
    expect(byMember.items.every((item) => item.actor._id === member.id)).toBe(true);
    expect((await read({ actor: member.id, action: "website.create" })).items).toEqual([]);
    expect((await read({ action: "team.invite" })).items).toEqual([]);
    expect(byMember.facets.actors.map((actor) => actor._id).sort()).toEqual([owner.id, member.id].sort());
  });

  it("pages with stable cursors: every event once, in order, both ways, at exact and ragged boundaries", async () => {
    const { owner, website } = await busyWebsite();
    const read = (query: ActivityQuery) => listWebsiteActivity(asSession(owner.id), website._id, query);
    const all = (await read({})).items.map((item) => item._id);
    for (const size of [1, 2, 3, 7, 8]) {
      const { down, up } = await walk(read, size);
      expect(down.flat()).toEqual(all);
      expect(down.every((page) => page.length === size || page === down.at(-1))).toBe(true);
      expect(up).toEqual(down);
    }
    const filtered = await walk(read, 2, { action: "website-key.create" });
    expect(filtered.down.flat()).toHaveLength(6);
    expect(filtered.down).toHaveLength(3);
  });

  it("breaks ties between events of the same millisecond by id", async () => {
    const { owner, website } = await makeTeam();
    const at = new Date("2026-01-01T00:00:00.000Z");
    const ids = Array.from({ length: 5 }, () => randomUUID()).sort();
    for (const id of ids) {
      await db().auditEvent.create({
        data: { id, createdAt: at, credential: "session", websiteId: website._id, action: "website.update" },
      });
    }
    const read = (query: ActivityQuery) =>
      listWebsiteActivity(asSession(owner.id), website._id, { ...query, action: "website.update" });
    const { down, up } = await walk(read, 2);
    expect(down.flat()).toEqual([...ids].reverse());
    expect(up).toEqual(down);
  });

  it("bounds the page size", async () => {
    const { owner, website } = await busyWebsite();
    const read = (pageSize: number) => listWebsiteActivity(asSession(owner.id), website._id, { pageSize });
    expect((await read(0)).items).toHaveLength(1);
    expect((await read(-5)).items).toHaveLength(1);
    expect((await read(Number.NaN)).items).toHaveLength(7);
    const { owner: busy, website: big } = await makeTeam();
    await db().auditEvent.createMany({
      data: Array.from({ length: 120 }, () => ({
        credential: "session",
        websiteId: big._id,
        action: "website.update",
      })),
    });
    expect(
      (await listWebsiteActivity(asSession(busy.id), big._id, { pageSize: 100_000 })).items,
    ).toHaveLength(100);
  });

  it("S73 reading another website's activity is refused exactly like a website that does not exist", async () => {
    const { outsider, website } = await busyWebsite();
    const missing = await listWebsiteActivity(asSession(outsider.id), randomUUID()).catch(
      (error: unknown) => error,
    );
    const foreign = await listWebsiteActivity(asSession(outsider.id), website._id).catch(
      (error: unknown) => error,
    );
    expect(missing).toMatchObject({ code: "FORBIDDEN" });
    expect(foreign).toMatchObject({
      code: (missing as { code: string }).code,
      message: (missing as Error).message,
    });
    // Also for a "*" token of the outsider, a token whose allow-list leaves A out, and a key of another website.
    const { owner, website: other } = await makeTeam();
    const { key: outsiderToken } = await makeAccountToken(outsider.id);
    const { key: narrow } = await makeAccountToken(owner.id, { websiteIds: [other._id] });
    const { secret: keyOfOther } = await makeWebsiteKey(other._id, owner.id);
    for (const secret of [outsiderToken, narrow, keyOfOther]) {
      await expect(listWebsiteActivity(await actorFor(secret), website._id)).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: (missing as Error).message,
      });
    }
    await expect(listWebsiteActivity(asSession(outsider.id), "not-a-uuid")).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: (missing as Error).message,
    });
  });

  it("S29 a user of website B sees zero records of website A", async () => {
    const a = await busyWebsite();
    const b = await busyWebsite();
    const page = await listWebsiteActivity(asSession(b.owner.id), b.website._id, { pageSize: 100 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((item) => item.website?._id === b.website._id)).toBe(true);
    const text = JSON.stringify([page, await listAccountActivity(asSession(b.owner.id), { pageSize: 100 })]);
    for (const fact of [a.website._id, a.website.domain, a.owner.id, a.owner.email, a.member.email])
      expect(text).not.toContain(fact);
  });
});

describe("listAccountActivity", () => {
  it("lists the person's own acts and acts on their tokens, never other people's acts", async () => {
    const { owner, member, website } = await busyWebsite();
    const { token } = await makeAccountToken(member.id, { name: "Deploy" });
    // Someone else acting on the member's token (e.g. an administrator), recorded against it.
    await db().auditEvent.create({
      data: {
        actorUserId: owner.id,
        credential: "session",
        action: "token.revoke",
        targetType: "account-token",
        targetId: token._id,
        metadata: { name: "Deploy", displayKey: token.displayKey },
      },
    });
    const page = await listAccountActivity(asSession(member.id));
    expect(page.items.map((item) => [item.action, item.actor._id])).toEqual([
      ["token.revoke", owner.id],
      ["token.create", member.id],
      ["website-key.create", member.id],
      ["website-key.create", member.id],
      ["website-key.create", member.id],
    ]);
    expect(page.items[0]?.target).toEqual({
      type: "account-token",
      _id: token._id,
      label: `Deploy (${token.displayKey})`,
    });
    expect(page.items[2]?.website).toEqual({ _id: website._id, domain: website.domain });
    expect((await listAccountActivity(asSession(member.id), { actor: owner.id })).items).toHaveLength(1);
    expect((await listAccountActivity(asSession(member.id), { action: "token.create" })).items).toHaveLength(
      1,
    );
  });

  it("shows a website's domain only while the person is still a member there", async () => {
    const person = await makePerson();
    const owner = await makePerson();
    const website = await makeWebsite(owner.id);
    await addMember(website._id, person.id, "member");
    await makeWebsiteKey(website._id, person.id);
    await db().membership.deleteMany({ where: { websiteId: website._id, userId: person.id } });
    const [item] = (await listAccountActivity(asSession(person.id))).items;
    expect(item?.website).toEqual({ _id: website._id, domain: null });
  });

  it("is for people and their tokens: website keys are refused", async () => {
    const { owner, website } = await makeTeam();
    const { secret } = await makeWebsiteKey(website._id, owner.id);
    await expect(listAccountActivity(await actorFor(secret))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { key } = await makeAccountToken(owner.id, { permissions: ["analytics:read"] });
    expect((await listAccountActivity(await actorFor(key))).items.length).toBeGreaterThan(0);
    const stranger = sessionActor(randomUUID(), { ip: null, userAgent: null });
    expect((await listAccountActivity(stranger)).items).toEqual([]);
  });
});

describe("activityQueryFrom", () => {
  it("keeps valid filters and cursors, drops anything malformed", () => {
    const id = randomUUID();
    const cursor = encodeCursor({ createdAt: new Date(1_700_000_000_123), id });
    expect(activityQueryFrom({ action: "team.invite", actor: id, before: cursor })).toEqual({
      action: "team.invite",
      actor: id,
      before: { createdAt: new Date(1_700_000_000_123), id },
    });
    expect(
      activityQueryFrom({ action: "__proto__", actor: "x' OR 1=1", before: "1.2", after: ["a", "b"] }),
    ).toEqual({});
    expect(activityQueryFrom({ action: ["team.invite", "team.remove"], before: "9".repeat(500) })).toEqual(
      {},
    );
  });
});
