import { afterEach, describe, expect, it, vi } from "vitest";
import { logUnexpected } from "./log-unexpected";

afterEach(() => vi.restoreAllMocks());

describe("logUnexpected", () => {
  it("S13 logs an id, the error's name, code and frames, never its message", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = Object.assign(
      new Error("Invalid invocation: { digest: <secret bytes>, passwordHash: '$argon2id$…' }"),
      { code: "P2009" },
    );
    const id = logUnexpected("api", error);
    const written = spy.mock.calls.map((call) => call.join(" ")).join("\n");
    expect(written).toContain(id);
    expect(written).toContain("Error (P2009)");
    expect(written).toMatch(/\n\s+at /);
    expect(written).not.toContain("digest");
    expect(written).not.toContain("argon2");
  });

  it("copes with values that are not errors", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(logUnexpected("action", "dft_not-logged")).toMatch(/^[0-9a-f-]{36}$/);
    expect(spy.mock.calls.join(" ")).not.toContain("dft_not-logged");
  });
});
