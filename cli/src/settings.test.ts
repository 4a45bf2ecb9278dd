import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configPath, updateProfile, type Env } from "./config-file";
import { normalizeApiBase, resolveSettings } from "./settings";

function envWithProfiles(): Env {
  const env = { XDG_CONFIG_HOME: mkdtempSync(path.join(tmpdir(), "keyward-cli-")) };
  const file = configPath(env);
  updateProfile("default", () => ({ apiBase: "http://profile", token: "dft_profile", website: "w1" }), file);
  updateProfile("work", () => ({ apiBase: "http://work", token: "dft_work" }), file);
  return env;
}

describe("settings", () => {
  it("reads the profile; --profile or KEYWARD_PROFILE picks another", () => {
    const env = envWithProfiles();
    expect(resolveSettings({}, env)).toMatchObject({
      apiBase: "http://profile",
      credential: "dft_profile",
      website: "w1",
    });
    expect(resolveSettings({ profile: "work" }, env)).toMatchObject({
      apiBase: "http://work",
      credential: "dft_work",
    });
    expect(resolveSettings({}, { ...env, KEYWARD_PROFILE: "work" }).profileName).toBe("work");
  });

  it("the environment overrides the profile; DataFast's names are aliases, Keyward's win", () => {
    const env = envWithProfiles();
    expect(
      resolveSettings(
        {},
        { ...env, DATAFAST_TOKEN: "dft_df", DATAFAST_API_BASE: "https://datafa.st/api/v1/" },
      ),
    ).toMatchObject({ credential: "dft_df", apiBase: "https://datafa.st" });
    expect(
      resolveSettings({}, { ...env, DATAFAST_TOKEN: "dft_df", KEYWARD_TOKEN: "dft_kw" }).credential,
    ).toBe("dft_kw");
    expect(
      resolveSettings({ apiBase: "http://flag" }, { ...env, KEYWARD_API_BASE: "http://env" }).apiBase,
    ).toBe("http://flag");
  });

  it("a site key (KEYWARD_SITE_KEY or DATAFAST_SITE_KEY) is the credential when no token is set", () => {
    const env = { XDG_CONFIG_HOME: mkdtempSync(path.join(tmpdir(), "keyward-cli-")) };
    expect(resolveSettings({}, { ...env, DATAFAST_SITE_KEY: "df_site" }).credential).toBe("df_site");
    expect(resolveSettings({}, { ...env, KEYWARD_SITE_KEY: "df_k", KEYWARD_TOKEN: "dft_t" }).credential).toBe(
      "dft_t",
    );
    expect(resolveSettings({}, env)).toMatchObject({ credential: null, apiBase: "http://localhost:3000" });
  });

  it("--website overrides the profile's default website", () => {
    expect(resolveSettings({ website: "w2" }, envWithProfiles()).website).toBe("w2");
  });

  it("normalizes DataFast-style bases", () => {
    expect(normalizeApiBase("https://x.test/api/v1")).toBe("https://x.test");
    expect(normalizeApiBase("https://x.test/")).toBe("https://x.test");
  });
});
