import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configPath, readConfig, updateProfile } from "./config-file";
import { CliError } from "./errors";

const fileIn = () => path.join(mkdtempSync(path.join(tmpdir(), "keyward-cli-")), "keyward", "config.json");

describe("config file", () => {
  it("lives in the XDG config folder, ~/.config without XDG_CONFIG_HOME", () => {
    expect(configPath({ XDG_CONFIG_HOME: "/x" })).toBe("/x/keyward/config.json");
    expect(configPath({})).toMatch(/\.config\/keyward\/config\.json$/);
  });

  it("is written with mode 0600 and keeps other profiles", () => {
    const file = fileIn();
    updateProfile("default", () => ({ apiBase: "http://a", token: "dft_one" }), file);
    updateProfile("work", () => ({ token: "dft_two" }), file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readConfig(file).profiles).toEqual({
      default: { apiBase: "http://a", token: "dft_one" },
      work: { token: "dft_two" },
    });
  });

  it("drops a profile emptied by a change (logout of a token-only profile)", () => {
    const file = fileIn();
    updateProfile("work", () => ({ token: "dft_two" }), file);
    updateProfile("work", (profile) => ({ ...profile, token: undefined }), file);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ profiles: {} });
  });

  it("a config file with mode 0644 is refused with a message naming the fix", () => {
    const file = fileIn();
    updateProfile("default", () => ({ token: "dft_one" }), file);
    chmodSync(file, 0o644);
    expect(() => readConfig(file)).toThrow(CliError);
    expect(() => readConfig(file)).toThrow(/mode 0644: others may read the token in it.*chmod 600/);
  });

  it("a missing file is an empty configuration; invalid JSON is an error", () => {
    const file = fileIn();
    expect(readConfig(file)).toEqual({ profiles: {} });
    updateProfile("default", () => ({ token: "x" }), file);
    writeFileSync(file, "{", { mode: 0o600 });
    expect(() => readConfig(file)).toThrow(/not valid JSON/);
  });
});
