import { describe, expect, it } from "vitest";
import {
  MAX_PERMISSION_ENTRIES,
  PRESETS,
  canonicalPermissions,
  parsePermissionList,
  presetOf,
  summarizePermissions,
} from "./permission-list";
import { PERMISSIONS, type Grant } from "./permissions";
import { labelled, show } from "./test-fixtures";

const READS = PERMISSIONS.filter((p) => p.endsWith(":read"));
const ALL_18: Grant[] = [...PERMISSIONS];
const unknown = (shown: string) => ({ ok: false, message: `Unknown permission "${shown}".` });

describe("parsePermissionList", () => {
  it('allows one entry per permission plus "*"', () => {
    expect(MAX_PERMISSION_ENTRIES).toBe(19);
  });

  it.each(
    [
      { input: ["Analytics:Read"], expected: unknown("Analytics:Read") },
      { input: ["ANALYTICS:READ"], expected: unknown("ANALYTICS:READ") },
      { input: [" analytics:read"], expected: unknown(" analytics:read") },
      { input: ["analytics:read "], expected: unknown("analytics:read ") },
      { input: ["analytics:*"], expected: unknown("analytics:*") },
      { input: ["*:*"], expected: unknown("*:*") },
      { input: ["**"], expected: unknown("**") },
      { input: [""], expected: unknown("") },
      { input: ["analytics"], expected: unknown("analytics") },
      { input: ["all"], expected: unknown("all") },
      { input: ["__proto__"], expected: unknown("__proto__") },
      { input: ["analytics:read,goals:read"], expected: unknown("analytics:read,goals:read") },
      { input: ["analytics:read\u0000"], expected: unknown("analytics:read\\u0000") },
      { input: ["analytics:read\n"], expected: unknown("analytics:read\\u000a") },
      { input: ["analytics\uff1aread"], expected: unknown("analytics\\uff1aread") },
      { input: ["\u202eanalytics:read"], expected: unknown("\\u202eanalytics:read") },
      { input: ['"analytics:read"'], expected: unknown('\\"analytics:read\\"') },
      { input: ["analytics:read", "goals:wrte"], expected: unknown("goals:wrte") },
      { input: ["x".repeat(10_000)], expected: unknown(`${"x".repeat(40)}…`) },
      {
        input: ["analytics:read", "analytics:read"],
        expected: { ok: false, message: 'Duplicate permission "analytics:read".' },
      },
      { input: ["*", "goals:read", "*"], expected: { ok: false, message: 'Duplicate permission "*".' } },
      {
        input: [...ALL_18, "*", "goals:read"],
        expected: { ok: false, message: "Too many permissions: 20 entries, at most 19." },
      },
      {
        input: Array.from({ length: 500 }, () => "analytics:read"),
        expected: { ok: false, message: "Too many permissions: 500 entries, at most 19." },
      },
      {
        input: Array.from({ length: 500 }, (_, i) => `perm-${i}`),
        expected: { ok: false, message: "Too many permissions: 500 entries, at most 19." },
      },
      { input: [], expected: { ok: false, message: "Choose at least one permission." } },
      { input: [42], expected: { ok: false, message: "Permission 1 is not a string." } },
      { input: ["analytics:read", null], expected: { ok: false, message: "Permission 2 is not a string." } },
      {
        input: ["analytics:read", new String("goals:read")],
        expected: { ok: false, message: "Permission 2 is not a string." },
      },
      { input: [, "analytics:read"], expected: { ok: false, message: "Permission 1 is not a string." } },
      {
        input: "analytics:read,goals:read",
        expected: { ok: false, message: "Permissions must be a list of strings." },
      },
      { input: "*", expected: { ok: false, message: "Permissions must be a list of strings." } },
      { input: null, expected: { ok: false, message: "Permissions must be a list of strings." } },
      { input: undefined, expected: { ok: false, message: "Permissions must be a list of strings." } },
      {
        input: { 0: "analytics:read", length: 1 },
        expected: { ok: false, message: "Permissions must be a list of strings." },
      },
    ].map((row) => ({ ...row, label: show(row.input) })),
  )("S21 rejects $label, naming the bad entry, never widening", ({ input, expected }) => {
    expect(parsePermissionList(input)).toEqual(expected);
  });

  it.each([
    { input: ["goals:write", "analytics:read"], value: ["analytics:read", "goals:write"] },
    { input: ["api-keys:write"], value: ["api-keys:write"] },
    { input: ["*"], value: ["*"] },
    { input: ["analytics:read", "*"], value: ["*"] },
    { input: [...ALL_18].reverse(), value: ALL_18 },
    { input: [...ALL_18, "*"], value: ["*"] },
    { input: [...READS].reverse(), value: READS },
  ])("accepts $input as $value", ({ input, value }) => {
    const copy = [...input];
    expect(parsePermissionList(input)).toEqual({ ok: true, value });
    expect(input).toEqual(copy);
  });
});

describe("canonicalPermissions", () => {
  it.each([
    { grants: ["goals:write", "analytics:read", "goals:write"], expected: ["analytics:read", "goals:write"] },
    { grants: ["team:write", "*"], expected: ["*"] },
    { grants: [], expected: [] },
    { grants: ["bogus", "goals:read"], expected: ["goals:read"] },
    { grants: [...ALL_18].reverse(), expected: ALL_18 },
  ])("$grants → $expected", ({ grants, expected }) => {
    expect(canonicalPermissions(grants as Grant[])).toEqual(expected);
  });

  it.each(labelled([null, undefined, "*", {}]))("fails closed on %s", (_label, grants) => {
    expect(canonicalPermissions(grants as Grant[])).toEqual([]);
  });
});

describe("presets", () => {
  it('Read-only is every :read permission; Full access is "*"', () => {
    expect(PRESETS).toEqual({
      "read-only": [
        "analytics:read",
        "goals:read",
        "payments:read",
        "websites:read",
        "settings:read",
        "funnels:read",
        "alerts:read",
        "team:read",
        "api-keys:read",
      ],
      "full-access": ["*"],
    });
  });

  it.each([
    { grants: ["*"], preset: "full-access", summary: "Full access" },
    { grants: ["analytics:read", "*"], preset: "full-access", summary: "Full access" },
    { grants: [...READS].reverse(), preset: "read-only", summary: "Read-only" },
    { grants: READS.slice(1), preset: "custom", summary: "8 permissions" },
    { grants: [...READS, "goals:write"], preset: "custom", summary: "10 permissions" },
    { grants: ALL_18, preset: "custom", summary: "18 permissions" },
    { grants: ["goals:write"], preset: "custom", summary: "goals:write" },
    { grants: ["goals:write", "goals:write"], preset: "custom", summary: "goals:write" },
    { grants: ["goals:write", "analytics:read"], preset: "custom", summary: "2 permissions" },
    { grants: [], preset: "custom", summary: "0 permissions" },
  ])("$grants is $preset, shown as $summary", ({ grants, preset, summary }) => {
    expect(presetOf(grants as Grant[])).toBe(preset);
    expect(summarizePermissions(grants as Grant[])).toBe(summary);
  });
});
