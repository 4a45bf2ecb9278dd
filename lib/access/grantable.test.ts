import { describe, expect, it } from "vitest";
import { effectivePermissions } from "./authorize";
import {
  grantableAnywhere,
  grantableOn,
  notGrantableReason,
  previewAccess,
  validateNewToken,
  type MembershipFact,
  type NewTokenInput,
} from "./grantable";
import { PERMISSIONS, type Grant, type Permission } from "./permissions";
import { EMPTY_SCOPE_MESSAGE } from "./principal";
import { ROLES } from "./roles";

const OWNED: MembershipFact = { websiteId: "w-own", websiteName: "own.example", role: "owner" };
const MEMBER: MembershipFact = { websiteId: "w-mem", websiteName: "team.example", role: "member" };
const VIEWER: MembershipFact = { websiteId: "w-view", websiteName: "shop.example", role: "viewer" };
const MINE = [OWNED, MEMBER, VIEWER];

const ALL_18: Permission[] = [...PERMISSIONS];
const READS = ALL_18.filter((p) => p.endsWith(":read"));
const WRITES = ALL_18.filter((p) => p.endsWith(":write"));
const listed = (set: ReadonlySet<Permission>) => ALL_18.filter((p) => set.has(p));

const viewerError = (permission: string) => ({
  field: "permissions",
  message: `You are a viewer on shop.example — ${permission} can't be granted there.`,
  websiteId: "w-view",
  permission,
});
const notMine = (id: string) => ({
  field: "websiteIds",
  message: `Website ${id} is not one of your websites.`,
  websiteId: id,
});

describe("grantableOn / grantableAnywhere", () => {
  it.each([
    ["owner", ALL_18],
    ["member", ALL_18],
    ["viewer", READS],
    ["admin", []],
    [null, []],
  ] as const)("on a website where the user is %s: %j", (role, expected) => {
    expect(listed(grantableOn(role))).toEqual(expected);
  });

  it.each([
    { who: "no websites", memberships: [], expected: [] },
    { who: "viewer only", memberships: [VIEWER], expected: READS },
    { who: "viewer and member", memberships: [VIEWER, MEMBER], expected: ALL_18 },
    { who: "owner", memberships: [OWNED], expected: ALL_18 },
    {
      who: "malformed facts",
      memberships: [{ ...OWNED, role: "admin" }] as unknown as MembershipFact[],
      expected: [],
    },
  ])("$who → $expected.length permissions", ({ memberships, expected }) => {
    expect(listed(grantableAnywhere(memberships))).toEqual(expected);
  });

  it.each([
    {
      memberships: [],
      permission: "analytics:read",
      reason: "You are not on any website yet, so analytics:read would allow nothing.",
    },
    {
      memberships: [VIEWER],
      permission: "funnels:write",
      reason: "None of your roles can exercise funnels:write on any of your websites.",
    },
    { memberships: [VIEWER], permission: "funnels:read", reason: null },
    { memberships: [VIEWER, MEMBER], permission: "funnels:write", reason: null },
  ] as const)("picker reason for $permission: $reason", ({ memberships, permission, reason }) => {
    expect(notGrantableReason(memberships, permission)).toBe(reason);
  });
});

describe("validateNewToken", () => {
  it.each(WRITES)("S20 a viewer cannot grant %s on an allow-listed website", (permission) => {
    expect(validateNewToken(MINE, { permissions: [permission], websiteIds: ["w-view"] })).toEqual({
      ok: false,
      errors: [viewerError(permission)],
    });
  });

  it.each([
    {
      why: "every refused write is named",
      input: { permissions: ["analytics:read", "goals:write", "alerts:write"], websiteIds: ["w-view"] },
      errors: [viewerError("goals:write"), viewerError("alerts:write")],
    },
    {
      why: "only the viewer website is refused",
      input: { permissions: ["funnels:write"], websiteIds: ["w-own", "w-view", "w-mem"] },
      errors: [viewerError("funnels:write")],
    },
    {
      why: '"*" on a viewer website',
      input: { permissions: ["*"], websiteIds: ["w-view"] },
      errors: [
        {
          field: "permissions",
          message: "You are a viewer on shop.example — * (full access) can't be granted there.",
          websiteId: "w-view",
          permission: "*",
        },
      ],
    },
    {
      why: '"*" on a member website (it covers owner-only acts)',
      input: { permissions: ["*"], websiteIds: ["w-own", "w-mem"] },
      errors: [
        {
          field: "permissions",
          message: "You are a member on team.example — * (full access) can't be granted there.",
          websiteId: "w-mem",
          permission: "*",
        },
      ],
    },
  ] satisfies { why: string; input: NewTokenInput; errors: unknown[] }[])("S20 $why", ({ input, errors }) => {
    expect(validateNewToken(MINE, input)).toEqual({ ok: false, errors });
  });

  it.each([
    { why: "reads on a viewer website", input: { permissions: READS, websiteIds: ["w-view"] } },
    { why: "every write on a member website", input: { permissions: WRITES, websiteIds: ["w-mem"] } },
    { why: '"*" on an owned website', input: { permissions: ["*"], websiteIds: ["w-own"] } },
    {
      why: '"*" for all websites, even as a viewer (checked per request)',
      input: { permissions: ["*"], websiteIds: "all" },
    },
    { why: "writes for all websites", input: { permissions: WRITES, websiteIds: "all" } },
  ] satisfies { why: string; input: NewTokenInput }[])("allows $why", ({ input }) => {
    expect(validateNewToken(MINE, input)).toEqual({ ok: true });
    expect(validateNewToken([VIEWER], { ...input, websiteIds: "all" })).toEqual({ ok: true });
  });

  it.each([
    { why: "a foreign website", ids: ["w-foreign"], errors: [notMine("w-foreign")] },
    {
      why: "a non-existent website (same text)",
      ids: ["does-not-exist"],
      errors: [notMine("does-not-exist")],
    },
    { why: "one bad id among good ones", ids: ["w-own", "w-foreign"], errors: [notMine("w-foreign")] },
    {
      why: "an id with control characters, shown escaped",
      ids: ["w-own\nforged"],
      errors: [notMine("w-own\\u000aforged")],
    },
    { why: "a 10 KB id, shown cut", ids: ["i".repeat(10_000)], errors: [notMine(`${"i".repeat(40)}…`)] },
    { why: "an id differing in case", ids: ["W-OWN"], errors: [notMine("W-OWN")] },
    {
      why: "a repeated id",
      ids: ["w-own", "w-own"],
      errors: [{ field: "websiteIds", message: "Website w-own is listed twice.", websiteId: "w-own" }],
    },
    {
      why: "a non-string id",
      ids: [42],
      errors: [{ field: "websiteIds", message: "Website ids must be strings." }],
    },
    {
      why: "an empty allow-list (never read as all)",
      ids: [],
      errors: [{ field: "websiteIds", message: EMPTY_SCOPE_MESSAGE }],
    },
    {
      why: 'a scope that is neither "all" nor a list',
      ids: "ALL",
      errors: [{ field: "websiteIds", message: EMPTY_SCOPE_MESSAGE }],
    },
  ])("S24 refuses an allow-list naming $why", ({ ids, errors }) => {
    const input = { permissions: ["analytics:read"], websiteIds: ids } as NewTokenInput;
    expect(validateNewToken(MINE, input)).toEqual({ ok: false, errors });
  });

  it("S24 refuses a website whose membership fact is malformed", () => {
    const broken = { websiteId: "w-x", websiteName: "x.example", role: "admin" } as unknown as MembershipFact;
    expect(validateNewToken([broken], { permissions: ["analytics:read"], websiteIds: ["w-x"] })).toEqual({
      ok: false,
      errors: [notMine("w-x")],
    });
  });

  it.each([
    { permissions: ["Analytics:Read"], message: 'Unknown permission "Analytics:Read".' },
    { permissions: ["goals:read", "goals:read"], message: 'Duplicate permission "goals:read".' },
    { permissions: [], message: "Choose at least one permission." },
  ])("S21 refuses the permission list $permissions", ({ permissions, message }) => {
    const input = { permissions, websiteIds: "all" } as NewTokenInput;
    expect(validateNewToken(MINE, input)).toEqual({ ok: false, errors: [{ field: "permissions", message }] });
  });

  it("reports permission and scope errors together, without role checks on an unparsed list", () => {
    const input = {
      permissions: ["goals:wrte"],
      websiteIds: ["w-view", "w-foreign"],
    } as unknown as NewTokenInput;
    expect(validateNewToken(MINE, input)).toEqual({
      ok: false,
      errors: [{ field: "permissions", message: 'Unknown permission "goals:wrte".' }, notMine("w-foreign")],
    });
  });

  it("counts the weaker role when a website appears twice in the facts", () => {
    const conflicting = [OWNED, { ...OWNED, role: "viewer" as const }];
    expect(
      validateNewToken(conflicting, { permissions: ["goals:write"], websiteIds: ["w-own"] }),
    ).toMatchObject({ ok: false });
  });
});

describe("previewAccess", () => {
  it('shows per website what a "*" token for all websites does today', () => {
    expect(previewAccess(MINE, { permissions: ["*"], websiteIds: "all" })).toEqual([
      { websiteId: "w-own", websiteName: "own.example", role: "owner", granted: ALL_18, dropped: [] },
      { websiteId: "w-mem", websiteName: "team.example", role: "member", granted: ALL_18, dropped: [] },
      { websiteId: "w-view", websiteName: "shop.example", role: "viewer", granted: READS, dropped: WRITES },
    ]);
  });

  it("covers only the allow-listed websites the user is on, once each", () => {
    const input = {
      permissions: ["goals:write", "analytics:read"] as Grant[],
      websiteIds: ["w-view", "w-foreign", "w-view"],
    };
    expect(previewAccess(MINE, input)).toEqual([
      {
        websiteId: "w-view",
        websiteName: "shop.example",
        role: "viewer",
        granted: ["analytics:read"],
        dropped: ["goals:write"],
      },
    ]);
  });

  it.each(
    ROLES.flatMap((role) =>
      [["*"], READS, WRITES, ["goals:write", "team:read"]].map((permissions) => ({
        role,
        permissions: permissions as Grant[],
      })),
    ),
  )("agrees with effectivePermissions for a $role and $permissions", ({ role, permissions }) => {
    const fact: MembershipFact = { websiteId: "w", websiteName: "w.example", role };
    const [preview] = previewAccess([fact], { permissions, websiteIds: ["w"] });
    const principal = {
      kind: "account-token",
      userId: "u",
      tokenId: "t",
      permissions,
      websiteIds: ["w"],
    } as const;
    expect(preview?.granted).toEqual(listed(effectivePermissions(principal, "w", role)));
  });

  it.each([
    { why: "an empty allow-list", input: { permissions: ["*"], websiteIds: [] } },
    { why: "unknown permissions", input: { permissions: ["Analytics:Read"], websiteIds: "all" } },
  ])("grants nothing for $why", ({ input }) => {
    const preview = previewAccess(MINE, input as NewTokenInput);
    expect(preview.flatMap((row) => row.granted)).toEqual([]);
  });
});
