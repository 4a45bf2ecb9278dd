import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_LABELS, actionLabel, isAuditAction } from "./action-labels";

const LIB = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** Every `action: "…"` string the domain records. */
function recordedActions(): Set<string> {
  const found = new Set<string>();
  for (const file of sourceFiles(LIB)) {
    for (const match of readFileSync(file, "utf8").matchAll(/\baction: "([a-z-]+\.[a-z-]+)"/g))
      found.add(match[1] ?? "");
  }
  return found;
}

describe("action labels", () => {
  it("label every audit action the code records", () => {
    const actions = recordedActions();
    expect(actions.size).toBeGreaterThan(20);
    expect([...actions].filter((action) => !isAuditAction(action))).toEqual([]);
  });

  it("list no action the code never records", () => {
    expect(Object.keys(ACTION_LABELS).filter((action) => !recordedActions().has(action))).toEqual([]);
  });

  it("fall back to the raw string and refuse prototype keys", () => {
    expect(actionLabel("website-key.roll")).toBe("Rolled an API key");
    expect(actionLabel("something.new")).toBe("something.new");
    expect(isAuditAction("__proto__")).toBe(false);
    expect(isAuditAction("toString")).toBe(false);
  });
});
