import { describe, expect, it } from "vitest";
import {
  KEY_ACCOUNT_MESSAGE,
  NO_WEBSITE_ACCESS_MESSAGE,
  UNKNOWN_OPERATION_MESSAGE,
  UNKNOWN_PRINCIPAL_MESSAGE,
  authorize,
  effectivePermissions,
  ownerOnlyReason,
  type AuthorizeContext,
} from "./authorize";
import { OPERATION_NAMES, type Operation } from "./operations";
import { PERMISSIONS, type Grant } from "./permissions";
import type { Principal } from "./principal";
import type { Role } from "./roles";
import { NOT_OPERATIONS, NOT_ROLES, labelled } from "./test-fixtures";

const A = "site-a";
const B = "site-b";
const session: Principal = { kind: "session", userId: "user-1" };
const token = (permissions: Grant[], websiteIds: string[] | "all" = "all"): Principal => ({
  kind: "account-token",
  userId: "user-1",
  tokenId: "token-1",
  permissions,
  websiteIds,
});
const keyOf = (websiteId: string): Principal => ({ kind: "website-key", keyId: "key-1", websiteId });
const on = (websiteId: string, role: Role | null): AuthorizeContext => ({ websiteId, role });

// Written out from the contract, independently of operations.ts.
const ACCOUNT_OPS: Operation[] = [
  "account.read",
  "account.write",
  "tokens.read",
  "tokens.write",
  "websites.list",
  "websites.create",
];
const OWNER_ONLY: Operation[] = [
  "team.invite",
  "team.remove",
  "team.change-role",
  "website.transfer",
  "team.offboard",
  "website.delete",
  "token-policy.write",
];
const READ_OPS: Operation[] = [
  "analytics.read",
  "goals.read",
  "payments.read",
  "settings.read",
  "funnels.read",
  "alerts.read",
  "api-keys.read",
  "team.read",
  "audit.read",
  "token-policy.read",
];
const DATA_WRITE_OPS: Operation[] = [
  "goals.write",
  "payments.write",
  "identify.write",
  "settings.write",
  "funnels.write",
  "alerts.write",
  "api-keys.write",
];
const WEBSITE_OPS: Operation[] = [...READ_OPS, ...DATA_WRITE_OPS, ...OWNER_ONLY];
const MEMBER_OPS: Operation[] = [...READ_OPS, ...DATA_WRITE_OPS];
const WRITE_OPS: Operation[] = [...DATA_WRITE_OPS, ...OWNER_ONLY];
const ALL_OPS: Operation[] = [...WEBSITE_OPS, ...ACCOUNT_OPS];
const READS: string[] = PERMISSIONS.filter((p) => p.endsWith(":read"));

// Leaving is judged apart (below): it is refused to the owner as a CONFLICT, not a FORBIDDEN.
const LEAVE_OPS: Operation[] = ["team.leave"];
// Seeing who uses two-factor is judged apart too (below): the owner, in the dashboard only.
const DASHBOARD_OWNER_OPS: Operation[] = ["team.two-factor.read"];

it("the test's operation lists cover the catalogue exactly", () => {
  expect([...ALL_OPS, ...LEAVE_OPS, ...DASHBOARD_OWNER_OPS].sort()).toEqual([...OPERATION_NAMES].sort());
});

describe("team.two-factor.read: the owner sees who uses two-factor, in the dashboard only", () => {
  it("a session owner may", () => {
    expect(authorize(session, "team.two-factor.read", on(A, "owner"))).toEqual({ ok: true });
  });

  it.each([
    ["session member", session, "member"],
    ["session viewer", session, "viewer"],
    ["session non-member", session, null],
    ['token "*" owner', token(["*"]), "owner"],
    ["key of A, its person owner", keyOf(A), "owner"],
  ] as const)("a %s may not", (_who, p, role) => {
    expect(authorize(p, "team.two-factor.read", on(A, role))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("team.leave: a person's own act; the owner stays", () => {
  it.each(["member", "viewer"] as const)("a session %s may leave", (role) => {
    expect(authorize(session, "team.leave", on(A, role))).toEqual({ ok: true });
  });

  it("the owner may not: a CONFLICT with the hand-over advice", () => {
    expect(authorize(session, "team.leave", on(A, "owner"))).toEqual({
      ok: false,
      code: "CONFLICT",
      message: "A website always has an owner: transfer ownership to someone else first.",
    });
  });

  it("a non-member has no access", () => {
    expect(authorize(session, "team.leave", on(A, null))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: NO_WEBSITE_ACCESS_MESSAGE,
    });
  });

  it.each([
    ['token "*"', token(["*"])],
    ["key of A", keyOf(A)],
  ])("a %s may not, whatever the role", (_who, p) => {
    expect(authorize(p, "team.leave", on(A, "member"))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: "Only a signed-in person can leave a website.",
    });
  });
});

// Every principal kind × every operation: what each may do on website A, written as allow-lists.
const CASES: { who: string; p: Principal; ctx: AuthorizeContext; allowed: Operation[] }[] = [
  { who: "session owner", p: session, ctx: on(A, "owner"), allowed: ALL_OPS },
  { who: "session member", p: session, ctx: on(A, "member"), allowed: [...MEMBER_OPS, ...ACCOUNT_OPS] },
  { who: "session viewer", p: session, ctx: on(A, "viewer"), allowed: [...READ_OPS, ...ACCOUNT_OPS] },
  { who: "session non-member", p: session, ctx: on(A, null), allowed: ACCOUNT_OPS },
  { who: "session, no website given", p: session, ctx: {}, allowed: ACCOUNT_OPS },
  { who: 'token "*" owner', p: token(["*"]), ctx: on(A, "owner"), allowed: ALL_OPS },
  {
    who: 'token "*" member',
    p: token(["*"]),
    ctx: on(A, "member"),
    allowed: [...MEMBER_OPS, ...ACCOUNT_OPS],
  },
  { who: 'token "*" viewer', p: token(["*"]), ctx: on(A, "viewer"), allowed: [...READ_OPS, ...ACCOUNT_OPS] },
  { who: 'token "*" non-member', p: token(["*"]), ctx: on(A, null), allowed: ACCOUNT_OPS },
  {
    who: "token read-only owner",
    p: token(READS as Grant[]),
    ctx: on(A, "owner"),
    allowed: [...READ_OPS, "account.read", "account.write", "tokens.read", "websites.list"],
  },
  {
    who: 'token "*" allow-list [A] owner on A',
    p: token(["*"], [A]),
    ctx: on(A, "owner"),
    allowed: ALL_OPS.filter((op) => op !== "websites.create"),
  },
  {
    who: 'token "*" allow-list [B] owner on A',
    p: token(["*"], [B]),
    ctx: on(A, "owner"),
    allowed: ACCOUNT_OPS.filter((op) => op !== "websites.create"),
  },
  {
    who: 'token "*" empty allow-list owner on A',
    p: token(["*"], []),
    ctx: on(A, "owner"),
    allowed: ACCOUNT_OPS.filter((op) => op !== "websites.create"),
  },
  {
    who: "token [api-keys:write] member",
    p: token(["api-keys:write"]),
    ctx: on(A, "member"),
    allowed: ["api-keys.write", "tokens.write"],
  },
  {
    who: "token [team:write] owner",
    p: token(["team:write"]),
    ctx: on(A, "owner"),
    allowed: ["team.invite", "team.remove", "team.change-role", "website.transfer", "team.offboard"],
  },
  { who: "token [team:write] member", p: token(["team:write"]), ctx: on(A, "member"), allowed: [] },
  {
    who: "token [websites:write] owner",
    p: token(["websites:write"]),
    ctx: on(A, "owner"),
    allowed: ["website.delete", "websites.create"],
  },
  {
    who: "token with non-canonical grants owner",
    p: token(["Analytics:Read", "analytics:*", "*:*"] as unknown as Grant[]),
    ctx: on(A, "owner"),
    allowed: [],
  },
  { who: "key of A on A", p: keyOf(A), ctx: on(A, null), allowed: MEMBER_OPS },
  { who: "key of A on A, its person owner", p: keyOf(A), ctx: on(A, "owner"), allowed: MEMBER_OPS },
  { who: "key of A on A, its person member", p: keyOf(A), ctx: on(A, "member"), allowed: MEMBER_OPS },
  {
    who: "S82 key of A on A, its person demoted to viewer",
    p: keyOf(A),
    ctx: on(A, "viewer"),
    allowed: READ_OPS,
  },
  { who: "key of A on B", p: keyOf(A), ctx: on(B, "owner"), allowed: [] },
];

describe("authorize: every principal × every operation", () => {
  const cells = CASES.flatMap(({ who, p, ctx, allowed }) =>
    ALL_OPS.map((op) => ({ who, p, ctx, op, expected: allowed.includes(op) ? "ok" : "forbidden" })),
  );

  it.each(cells)("$who × $op → $expected", ({ p, ctx, op, expected }) => {
    const decision = authorize(p, op, ctx);
    if (expected === "ok") expect(decision).toEqual({ ok: true });
    else expect(decision).toEqual({ ok: false, code: "FORBIDDEN", message: expect.any(String) });
  });
});

describe("effectivePermissions", () => {
  const ALL_PERMS: string[] = [...PERMISSIONS];
  it.each([
    { who: "session owner", p: session, site: A, role: "owner", expected: ALL_PERMS },
    { who: "session member", p: session, site: A, role: "member", expected: ALL_PERMS },
    { who: "session viewer", p: session, site: A, role: "viewer", expected: READS },
    { who: "session non-member", p: session, site: A, role: null, expected: [] },
    { who: 'token "*" viewer', p: token(["*"]), site: A, role: "viewer", expected: READS },
    {
      who: "token [analytics:read, goals:write] viewer",
      p: token(["goals:write", "analytics:read"]),
      site: A,
      role: "viewer",
      expected: ["analytics:read"],
    },
    {
      who: "token [analytics:read, goals:write] owner",
      p: token(["goals:write", "analytics:read"]),
      site: A,
      role: "owner",
      expected: ["analytics:read", "goals:write"],
    },
    { who: 'token "*" allow-list [B] on A', p: token(["*"], [B]), site: A, role: "owner", expected: [] },
    {
      who: 'token "*" allow-list [A] on A',
      p: token(["*"], [A]),
      site: A,
      role: "member",
      expected: ALL_PERMS,
    },
    { who: 'token "*" removed', p: token(["*"]), site: A, role: null, expected: [] },
    { who: "key of A on A", p: keyOf(A), site: A, role: null, expected: ALL_PERMS },
    // S82: a key acts as a member capped by its person's current role (issue 14 replaced "member
    // whatever role is passed"): a viewer's key reads only.
    { who: "S82 key of A on A, its person a viewer", p: keyOf(A), site: A, role: "viewer", expected: READS },
    { who: "key of A on A, its person the owner", p: keyOf(A), site: A, role: "owner", expected: ALL_PERMS },
    { who: "key of A on B", p: keyOf(A), site: B, role: "owner", expected: [] },
    { who: "session owner, empty website id", p: session, site: "", role: "owner", expected: [] },
    { who: "key with empty website id", p: keyOf(""), site: "", role: null, expected: [] },
  ] as const)("$who → $expected", ({ p, site, role, expected }) => {
    const set = effectivePermissions(p, site, role);
    expect(PERMISSIONS.filter((permission) => set.has(permission))).toEqual(expected);
    expect(set.size).toBe(expected.length);
  });
});

describe("messages", () => {
  it.each(
    OWNER_ONLY.map((op, i) => [
      op,
      [
        "invite members",
        "remove members",
        "change members' roles",
        "transfer ownership of this website",
        "revoke or roll the keys a person stands behind",
        "delete this website",
        "set this website's token policy",
      ][i],
    ]),
  )("ownerOnlyReason(%s) says only owners can %s", (op, what) => {
    expect(ownerOnlyReason(op)).toBe(`Only owners can ${what}.`);
  });

  it.each(labelled([...MEMBER_OPS, ...ACCOUNT_OPS, ...NOT_OPERATIONS]))(
    "ownerOnlyReason(%s) is null",
    (_label, op) => {
      expect(ownerOnlyReason(op)).toBeNull();
    },
  );

  it.each([
    {
      who: "viewer session",
      p: session,
      op: "funnels.write",
      role: "viewer",
      message: "Viewers can't manage funnels.",
    },
    {
      who: 'token "*" of a viewer',
      p: token(["*"]),
      op: "settings.write",
      role: "viewer",
      message: "Viewers can't change this website's settings.",
    },
    {
      who: "token without the permission",
      p: token(["analytics:read"]),
      op: "goals.read",
      role: "owner",
      message: "This token needs goals:read to view goals.",
    },
    {
      who: "member session, owner-only",
      p: session,
      op: "website.delete",
      role: "member",
      message: "Only owners can delete this website.",
    },
    {
      who: "viewer session, owner-only",
      p: session,
      op: "team.invite",
      role: "viewer",
      message: "Only owners can invite members.",
    },
    {
      who: "key, owner-only",
      p: keyOf(A),
      op: "website.transfer",
      role: "owner",
      message: "Only owners can transfer ownership of this website.",
    },
  ] as const)("$who: $op → $message", ({ p, op, role, message }) => {
    expect(authorize(p, op, on(A, role))).toEqual({ ok: false, code: "FORBIDDEN", message });
  });

  it.each([
    {
      op: "tokens.write",
      p: token(["api-keys:read"]),
      message: "This token needs api-keys:write to create and revoke account tokens.",
    },
    {
      op: "websites.create",
      p: token(["websites:write"], [A]),
      message: "A token limited to selected websites cannot create websites.",
    },
    {
      op: "websites.create",
      p: token(["*"], [A, B]),
      message: "A token limited to selected websites cannot create websites.",
    },
  ] as const)("account route $op: $message", ({ op, p, message }) => {
    expect(authorize(p, op, {})).toEqual({ ok: false, code: "FORBIDDEN", message });
  });

  it.each(ACCOUNT_OPS)(
    "website keys are refused the account route %s, even with a website and role",
    (op) => {
      const refusal = { ok: false, code: "FORBIDDEN", message: KEY_ACCOUNT_MESSAGE };
      expect(authorize(keyOf(A), op, {})).toEqual(refusal);
      expect(authorize(keyOf(A), op, on(A, "owner"))).toEqual(refusal);
    },
  );

  // S26: a website the principal cannot reach looks exactly like one that does not exist.
  const outsiders = [
    { who: "non-member session", p: session, ctx: on(A, null) },
    { who: "token of a removed user", p: token(["*"]), ctx: on(A, null) },
    { who: "token allow-listed elsewhere", p: token(["*"], [B]), ctx: on(A, "owner") },
    { who: "key of another website", p: keyOf(B), ctx: on(A, "owner") },
  ];
  it.each(outsiders.flatMap((c) => WEBSITE_OPS.map((op) => ({ ...c, op }))))(
    "S26 $who gets the same refusal as for a missing website: $op",
    ({ p, ctx, op }) => {
      const missing = authorize(p, op, on("no-such-website", null));
      expect(authorize(p, op, ctx)).toEqual(missing);
      expect(missing).toEqual({ ok: false, code: "FORBIDDEN", message: NO_WEBSITE_ACCESS_MESSAGE });
    },
  );
});

describe("fail closed", () => {
  it.each(labelled(NOT_OPERATIONS))("unknown operation %s is refused, even to an owner", (_label, op) => {
    expect(authorize(session, op as Operation, on(A, "owner"))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: UNKNOWN_OPERATION_MESSAGE,
    });
    expect(authorize(token(["*"]), op as Operation, on(A, "owner"))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: UNKNOWN_OPERATION_MESSAGE,
    });
  });

  const NOT_PRINCIPALS: unknown[] = [
    null,
    undefined,
    42,
    "session",
    {},
    [],
    { kind: "admin", userId: "user-1" },
    { kind: "Session", userId: "user-1" },
    { kind: "session" },
    { kind: "session", userId: "" },
    { kind: "session", userId: 7 },
    { kind: "account-token", userId: "user-1", tokenId: "token-1", permissions: "*", websiteIds: "all" },
    { kind: "account-token", userId: "user-1", tokenId: "token-1", permissions: ["*"], websiteIds: "ALL" },
    { kind: "account-token", userId: "user-1", tokenId: "token-1", permissions: ["*"] },
    { kind: "account-token", userId: "user-1", permissions: ["*"], websiteIds: "all" },
    { kind: "account-token", tokenId: "token-1", permissions: ["*"], websiteIds: "all" },
    { kind: "website-key", keyId: "key-1" },
    { kind: "website-key", websiteId: A },
    { kind: "website-key", keyId: "key-1", websiteId: 1 },
  ];
  it.each(
    labelled(NOT_PRINCIPALS).flatMap(([label, p]) =>
      ["analytics.read", "tokens.read"].map((op) => [label, op, p] as const),
    ),
  )("unknown principal %s is refused %s", (_label, op, p) => {
    expect(authorize(p as Principal, op as Operation, on(A, "owner"))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: UNKNOWN_PRINCIPAL_MESSAGE,
    });
    expect(effectivePermissions(p as Principal, A, "owner").size).toBe(0);
  });

  it.each(
    labelled(NOT_ROLES).flatMap(
      ([label, role]) =>
        [
          ["session", label, session, role],
          ["token *", label, token(["*"]), role],
        ] as const,
    ),
  )("%s with the unknown role %s has no access", (_who, _label, p, role) => {
    expect(authorize(p, "analytics.read", { websiteId: A, role: role as Role })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: NO_WEBSITE_ACCESS_MESSAGE,
    });
    expect(effectivePermissions(p, A, role as Role).size).toBe(0);
  });

  it.each(
    labelled([
      undefined,
      null,
      {},
      { role: "owner" },
      { websiteId: "", role: "owner" },
      { websiteId: 42, role: "owner" },
    ]),
  )("a website operation with context %s is refused", (_label, ctx) => {
    for (const p of [session, token(["*"]), keyOf(A)]) {
      expect(authorize(p, "analytics.read", ctx as AuthorizeContext)).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: NO_WEBSITE_ACCESS_MESSAGE,
      });
    }
  });
});

describe("security matrix rows", () => {
  it("S14 a viewer session cannot create a website key", () => {
    expect(authorize(session, "api-keys.write", on(A, "viewer"))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: "Viewers can't create, roll and revoke this website's API keys.",
    });
  });

  it.each(
    (["viewer", "member"] as const).flatMap((role) =>
      (["team.invite", "team.change-role", "team.remove"] as const).map((op) => [role, op] as const),
    ),
  )("S15 a %s session cannot %s", (role, op) => {
    expect(authorize(session, op, on(A, role))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: ownerOnlyReason(op),
    });
    expect(authorize(token(["*"]), op, on(A, role))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: ownerOnlyReason(op),
    });
  });

  it.each(["team.invite", "team.change-role", "team.remove"] as const)(
    "S16 a member's token with team:write cannot %s (owner-only)",
    (op) => {
      expect(authorize(token(["team:write"]), op, on(A, "member"))).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: ownerOnlyReason(op),
      });
      expect(authorize(token(["team:write"]), op, on(A, "owner"))).toEqual({ ok: true });
    },
  );

  it("S17 an owner's token with only analytics:read cannot create a website key", () => {
    expect(authorize(token(["analytics:read"]), "api-keys.write", on(A, "owner"))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: "This token needs api-keys:write to create, roll and revoke this website's API keys.",
    });
  });

  const viewerOnB = token(["*"]);
  it.each(READ_OPS)('S22 a "*" token of a viewer on B may read: %s', (op) => {
    expect(authorize(viewerOnB, op, on(B, "viewer"))).toEqual({ ok: true });
  });
  it.each(WRITE_OPS)('S22 a "*" token of a viewer on B is refused every write: %s', (op) => {
    expect(authorize(viewerOnB, op, on(B, "viewer"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it.each(WEBSITE_OPS)(
    "S23 a token allow-listed to [A] is refused on B, where its user is owner: %s",
    (op) => {
      const allowListed = token(["*"], [A]);
      expect(authorize(allowListed, op, on(B, "owner"))).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: NO_WEBSITE_ACCESS_MESSAGE,
      });
      expect(effectivePermissions(allowListed, B, "owner").size).toBe(0);
      expect(authorize(allowListed, op, on(A, "owner"))).toEqual({ ok: true });
    },
  );

  it.each(
    WEBSITE_OPS.flatMap((op) => [
      { who: "session", p: session, op },
      { who: 'token "*"', p: token(["*"]), op },
    ]),
  )("S33 once removed (role null), a member's $who is refused $op on the next request", ({ p, op }) => {
    expect(authorize(p, op, on(A, "member")).ok).toBe(MEMBER_OPS.includes(op));
    expect(authorize(p, op, on(A, null))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: NO_WEBSITE_ACCESS_MESSAGE,
    });
  });

  it.each(["tokens.read", "tokens.write"] as const)(
    "S33 a removed member's token still reaches its own account route %s",
    (op) => {
      expect(authorize(token(["*"]), op, on(A, null))).toEqual({ ok: true });
    },
  );

  it.each(MEMBER_OPS)("S33 a website key created by a removed member stays valid: %s", (op) => {
    // A key carries no user, so removing its creator cannot change what it may do.
    expect(authorize(keyOf(A), op, on(A, null))).toEqual({ ok: true });
  });

  it.each(
    MEMBER_OPS.flatMap((op) => [
      { who: "session", p: session, op },
      { who: 'token "*"', p: token(["*"]), op },
    ]),
  )("S34 demoted from member to viewer, a $who keeps reads and loses writes: $op", ({ p, op }) => {
    expect(authorize(p, op, on(A, "member"))).toEqual({ ok: true });
    expect(authorize(p, op, on(A, "viewer")).ok).toBe(READ_OPS.includes(op));
  });

  it.each([
    ["member session", session, "member"],
    ["viewer session", session, "viewer"],
    ['"*" token of a member', token(["*"]), "member"],
    ['"*" token of a viewer', token(["*"]), "viewer"],
    ["website key", keyOf(A), null],
  ] as const)("S37 website delete by a %s is refused", (_who, p, role) => {
    expect(authorize(p, "website.delete", on(A, role))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
