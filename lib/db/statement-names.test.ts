import { describe, expect, it } from "vitest";
import { statementNames } from "./statement-names";

describe("statementNames", () => {
  it("names each distinct text once, stably", () => {
    const nameOf = statementNames();
    const first = nameOf("SELECT 1");
    expect(nameOf("SELECT 2")).not.toBe(first);
    expect(nameOf("SELECT 1")).toBe(first);
  });

  it("refuses to keep preparing new texts: directQuery is for constant SQL", () => {
    const nameOf = statementNames();
    for (let i = 0; i < 64; i++) nameOf(`SELECT ${i}`);
    expect(() => nameOf("SELECT 'one too many'")).toThrow(/constant statements/);
    expect(nameOf("SELECT 0")).toBe("keyward_1");
  });
});
