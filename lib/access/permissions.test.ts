import { describe, expect, it } from "vitest";
import {
  ALL,
  PERMISSIONS,
  PERMISSION_GROUPS,
  PERMISSION_TABLE,
  READ_PERMISSIONS,
  WRITE_PERMISSIONS,
  expandGrants,
  isGrant,
  isPermission,
} from "./permissions";
import { NOT_PERMISSIONS, labelled } from "./test-fixtures";

// Written out from SPEC §2 rather than derived, so the catalogue cannot drift silently.
const SPEC_PERMISSIONS = [
  "analytics:read",
  "goals:read",
  "goals:write",
  "payments:read",
  "payments:write",
  "identify:write",
  "websites:read",
  "websites:write",
  "settings:read",
  "settings:write",
  "funnels:read",
  "funnels:write",
  "alerts:read",
  "alerts:write",
  "team:read",
  "team:write",
  "api-keys:read",
  "api-keys:write",
];
const SPEC_READS = SPEC_PERMISSIONS.filter((p) => p.endsWith(":read"));
const SPEC_WRITES = SPEC_PERMISSIONS.filter((p) => p.endsWith(":write"));

describe("catalogue", () => {
  it("holds exactly the 18 permissions of SPEC §2, in order", () => {
    expect([...PERMISSIONS]).toEqual(SPEC_PERMISSIONS);
  });

  it.each(SPEC_PERMISSIONS)("%s: the table names its resource and action", (permission) => {
    const [resource, action] = permission.split(":");
    const info = PERMISSION_TABLE[permission as (typeof PERMISSIONS)[number]];
    expect(info.resource).toBe(resource);
    expect(info.action).toBe(action);
    expect(info.label).toMatch(/^[A-Z]/);
    expect(info.description).toMatch(/^[A-Z].*\.$/);
  });

  it.each(SPEC_PERMISSIONS)(
    "%s: viewers exercise reads only; members and owners everything",
    (permission) => {
      const roles = [...PERMISSION_TABLE[permission as (typeof PERMISSIONS)[number]].roles].sort();
      expect(roles).toEqual(
        permission.endsWith(":read") ? ["member", "owner", "viewer"] : ["member", "owner"],
      );
    },
  );

  it("splits reads and writes", () => {
    expect([...READ_PERMISSIONS]).toEqual(SPEC_READS);
    expect([...WRITE_PERMISSIONS]).toEqual(SPEC_WRITES);
  });

  it("groups the picker by resource, in catalogue order", () => {
    expect(PERMISSION_GROUPS).toEqual([
      { resource: "analytics", label: "Analytics", read: "analytics:read" },
      { resource: "goals", label: "Goals", read: "goals:read", write: "goals:write" },
      { resource: "payments", label: "Payments", read: "payments:read", write: "payments:write" },
      { resource: "identify", label: "Identify", write: "identify:write" },
      { resource: "websites", label: "Websites", read: "websites:read", write: "websites:write" },
      { resource: "settings", label: "Settings", read: "settings:read", write: "settings:write" },
      { resource: "funnels", label: "Funnels", read: "funnels:read", write: "funnels:write" },
      { resource: "alerts", label: "Alerts", read: "alerts:read", write: "alerts:write" },
      { resource: "team", label: "Team", read: "team:read", write: "team:write" },
      { resource: "api-keys", label: "API keys", read: "api-keys:read", write: "api-keys:write" },
    ]);
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(PERMISSION_TABLE)).toBe(true);
    expect(Object.isFrozen(PERMISSION_TABLE["team:write"])).toBe(true);
    expect(Object.isFrozen(PERMISSION_TABLE["team:write"].roles)).toBe(true);
    expect(Object.isFrozen(PERMISSION_GROUPS)).toBe(true);
  });
});

describe("isPermission / isGrant", () => {
  it.each(SPEC_PERMISSIONS)("accepts %s", (permission) => {
    expect(isPermission(permission)).toBe(true);
    expect(isGrant(permission)).toBe(true);
  });

  it('accepts "*" as a grant, not as a permission', () => {
    expect(ALL).toBe("*");
    expect(isGrant("*")).toBe(true);
    expect(isPermission("*")).toBe(false);
  });

  it.each(labelled(NOT_PERMISSIONS))("S21 rejects non-canonical permission strings: %s", (_label, value) => {
    expect(isPermission(value)).toBe(false);
    expect(isGrant(value)).toBe(false);
  });
});

describe("expandGrants", () => {
  it.each([
    { grants: ["*"], expected: SPEC_PERMISSIONS },
    { grants: ["goals:write", "*"], expected: SPEC_PERMISSIONS },
    { grants: ["goals:write", "analytics:read"], expected: ["analytics:read", "goals:write"] },
    { grants: ["analytics:*", "*:*", "Analytics:Read", "goals:read"], expected: ["goals:read"] },
    { grants: [], expected: [] },
    { grants: "*", expected: [] },
    { grants: null, expected: [] },
    { grants: { 0: "*", length: 1 }, expected: [] },
  ])("$grants → $expected", ({ grants, expected }) => {
    const expanded = expandGrants(grants);
    expect(SPEC_PERMISSIONS.filter((p) => expanded.has(p as (typeof PERMISSIONS)[number]))).toEqual(expected);
    expect(expanded.size).toBe(expected.length);
  });
});
