import { describe, expect, it } from "vitest";
import { PERMISSIONS, type Permission } from "./permissions";
import {
  ASSIGNABLE_ROLES,
  ROLES,
  ROLE_DESCRIPTION,
  ROLE_LABEL,
  isAssignableRole,
  isRole,
  roleCan,
  roleCap,
} from "./roles";
import { NOT_PERMISSIONS, NOT_ROLES, labelled } from "./test-fixtures";

// SPEC §2 role caps, written out: viewer → every :read; member and owner → every permission.
const VIEWER_CAN: readonly string[] = [
  "analytics:read",
  "goals:read",
  "payments:read",
  "websites:read",
  "settings:read",
  "funnels:read",
  "alerts:read",
  "team:read",
  "api-keys:read",
];
const expectedCan = (role: string, permission: string) =>
  role !== "viewer" || VIEWER_CAN.includes(permission);

// Every role × every permission, both directions (true and false cells).
const CELLS = ROLES.flatMap((role) =>
  PERMISSIONS.map((permission) => [role, permission, expectedCan(role, permission)] as const),
);

describe("roles", () => {
  it("are owner, member and viewer; only member and viewer can be assigned", () => {
    expect([...ROLES]).toEqual(["owner", "member", "viewer"]);
    expect([...ASSIGNABLE_ROLES]).toEqual(["member", "viewer"]);
  });

  it.each(ROLES)("%s has a label and a description", (role) => {
    expect(ROLE_LABEL[role]).toMatch(/^[A-Z][a-z]+$/);
    expect(ROLE_DESCRIPTION[role]).toMatch(/^[A-Z].*\.$/);
  });

  it.each([
    ["owner", true, false],
    ["member", true, true],
    ["viewer", true, true],
  ] as const)("isRole(%s) is %s, isAssignableRole is %s", (role, known, assignable) => {
    expect(isRole(role)).toBe(known);
    expect(isAssignableRole(role)).toBe(assignable);
  });

  it.each(labelled(NOT_ROLES))("refuses the unknown role %s", (_label, role) => {
    expect(isRole(role)).toBe(false);
    expect(isAssignableRole(role)).toBe(false);
  });
});

describe("roleCan", () => {
  it.each(CELLS)("%s × %s → %s", (role, permission, expected) => {
    expect(roleCan(role, permission)).toBe(expected);
    expect(roleCap(role).has(permission)).toBe(expected);
  });

  it("has 18 + 18 + 9 true cells in 54", () => {
    expect(CELLS).toHaveLength(54);
    expect(CELLS.filter(([, , can]) => can)).toHaveLength(45);
  });

  it.each(labelled(NOT_ROLES))("fails closed for the unknown role %s", (_label, role) => {
    expect(PERMISSIONS.filter((permission) => roleCan(role, permission))).toEqual([]);
    expect(roleCap(role).size).toBe(0);
  });

  it.each(
    ROLES.flatMap((role) => labelled(NOT_PERMISSIONS).map(([label, value]) => [role, label, value] as const)),
  )("S21 %s × %s (not a permission) → false", (role, _label, permission) => {
    expect(roleCan(role, permission)).toBe(false);
  });
});

describe("roleCap", () => {
  it.each([
    ["owner", PERMISSIONS.length],
    ["member", PERMISSIONS.length],
    ["viewer", VIEWER_CAN.length],
    [null, 0],
  ] as const)("%s can exercise %i permissions", (role, size) => {
    expect(roleCap(role).size).toBe(size);
  });

  it("hands out a copy, so a caller cannot widen a role for everyone", () => {
    const cap = roleCap("viewer") as Set<Permission>;
    cap.add("team:write");
    cap.delete("analytics:read");
    expect(roleCan("viewer", "team:write")).toBe(false);
    expect(roleCap("viewer").has("team:write")).toBe(false);
    expect(roleCap("viewer").has("analytics:read")).toBe(true);
  });
});
