import { configPath, readConfig, type Env, type Profile } from "./config-file";

// What a command runs with: flags first, then the environment (Keyward's names, then DataFast's
// as aliases so DataFast scripts carry over), then the profile in the config file.

export const DEFAULT_API_BASE = "http://localhost:3000";
export const DEFAULT_PROFILE = "default";

export type GlobalOptions = { profile?: string; apiBase?: string; website?: string };

export type Settings = {
  profileName: string;
  profile: Profile;
  apiBase: string;
  /** The secret requests send: the account token, else the website key. */
  credential: string | null;
  website: string | null;
};

function firstSet(...values: (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined && value.trim() !== "")?.trim();
}

/** A base given with DataFast's `/api/v1` suffix or a trailing slash names the same server. */
export function normalizeApiBase(base: string): string {
  return base.replace(/\/+$/, "").replace(/\/api\/v1$/, "");
}

export function resolveSettings(options: GlobalOptions, env: Env = process.env): Settings {
  const profileName = firstSet(options.profile, env.KEYWARD_PROFILE) ?? DEFAULT_PROFILE;
  const profile = readConfig(configPath(env)).profiles[profileName] ?? {};
  const apiBase = firstSet(options.apiBase, env.KEYWARD_API_BASE, env.DATAFAST_API_BASE, profile.apiBase);
  const token = firstSet(env.KEYWARD_TOKEN, env.DATAFAST_TOKEN, profile.token);
  const siteKey = firstSet(env.KEYWARD_SITE_KEY, env.DATAFAST_SITE_KEY);
  return {
    profileName,
    profile,
    apiBase: normalizeApiBase(apiBase ?? DEFAULT_API_BASE),
    credential: token ?? siteKey ?? null,
    website: firstSet(options.website, profile.website) ?? null,
  };
}
