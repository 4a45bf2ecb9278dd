import { describe, expect, it } from "vitest";
import { OPERATIONS, OPERATION_NAMES, isOperation, operationSpec, type Operation } from "./operations";
import { NOT_OPERATIONS, labelled } from "./test-fixtures";

// The catalogue of the contract, written out: [operation, permission, scope, flags].
type Flag = "ownerOnly" | "unrestrictedScopeOnly" | "sessionOnly" | "notOwner";
const CATALOGUE: readonly [string, string, "website" | "account", readonly Flag[]][] = [
  ["analytics.read", "analytics:read", "website", []],
  ["goals.read", "goals:read", "website", []],
  ["goals.write", "goals:write", "website", []],
  ["payments.read", "payments:read", "website", []],
  ["payments.write", "payments:write", "website", []],
  ["identify.write", "identify:write", "website", []],
  ["settings.read", "settings:read", "website", []],
  ["settings.write", "settings:write", "website", []],
  ["funnels.read", "funnels:read", "website", []],
  ["funnels.write", "funnels:write", "website", []],
  ["alerts.read", "alerts:read", "website", []],
  ["alerts.write", "alerts:write", "website", []],
  ["api-keys.read", "api-keys:read", "website", []],
  ["api-keys.write", "api-keys:write", "website", []],
  ["team.read", "team:read", "website", []],
  ["token-policy.read", "api-keys:read", "website", []],
  ["token-policy.write", "api-keys:write", "website", ["ownerOnly"]],
  ["audit.read", "settings:read", "website", []],
  ["team.invite", "team:write", "website", ["ownerOnly"]],
  ["team.remove", "team:write", "website", ["ownerOnly"]],
  ["team.change-role", "team:write", "website", ["ownerOnly"]],
  ["website.transfer", "team:write", "website", ["ownerOnly"]],
  ["team.offboard", "team:write", "website", ["ownerOnly"]],
  ["team.two-factor.read", "team:read", "website", ["ownerOnly", "sessionOnly"]],
  ["website.delete", "websites:write", "website", ["ownerOnly"]],
  ["team.leave", "team:read", "website", ["sessionOnly", "notOwner"]],
  ["account.read", "analytics:read", "account", []],
  ["account.write", "analytics:read", "account", []],
  ["tokens.read", "api-keys:read", "account", []],
  ["tokens.write", "api-keys:write", "account", []],
  ["websites.list", "websites:read", "account", []],
  ["websites.create", "websites:write", "account", ["unrestrictedScopeOnly"]],
];

describe("operation catalogue", () => {
  it("holds exactly the contracted operations", () => {
    expect([...OPERATION_NAMES].sort()).toEqual(CATALOGUE.map(([name]) => name).sort());
  });

  it.each(CATALOGUE)("%s needs %s, scope %s, flags %j", (name, permission, scope, flags) => {
    const spec = OPERATIONS[name as Operation];
    expect(spec.permission).toBe(permission);
    expect(spec.scope).toBe(scope);
    expect(spec.ownerOnly === true).toBe(flags.includes("ownerOnly"));
    expect(spec.unrestrictedScopeOnly === true).toBe(flags.includes("unrestrictedScopeOnly"));
    expect(spec.sessionOnly === true).toBe(flags.includes("sessionOnly"));
    expect(spec.notOwner === true).toBe(flags.includes("notOwner"));
    // Keys are refused every account route and no website route.
    expect(spec.sessionOrTokenOnly === true).toBe(scope === "account");
    expect(spec.description).toMatch(/^[a-z][^.]*[a-z]$/);
    expect(Object.isFrozen(spec)).toBe(true);
  });

  it.each(CATALOGUE)("isOperation(%s) and operationSpec find it", (name) => {
    expect(isOperation(name)).toBe(true);
    expect(operationSpec(name)).toBe(OPERATIONS[name as Operation]);
  });

  it.each(labelled(NOT_OPERATIONS))("refuses the unknown operation %s", (_label, name) => {
    expect(isOperation(name)).toBe(false);
    expect(operationSpec(name)).toBeUndefined();
  });
});
