import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { CliError } from "./errors";

// ~/.config/keyward/config.json (XDG_CONFIG_HOME when set): named profiles, each with the
// server's base URL, a token and a default website. It holds secrets, so it is written 0600 and
// refused when group or others may read it, as ssh refuses a readable private key.

/** Environment variables (a plain record: Next types NODE_ENV as required in NodeJS.ProcessEnv). */
export type Env = Readonly<Record<string, string | undefined>>;

export type Profile = { apiBase?: string; token?: string; website?: string };
export type ConfigFile = { profiles: Record<string, Profile> };

export function configPath(env: Env = process.env): string {
  const base = env.XDG_CONFIG_HOME || path.join(homedir(), ".config");
  return path.join(base, "keyward", "config.json");
}

function refuseIfReadableByOthers(file: string): void {
  if (process.platform === "win32") return;
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  throw new CliError(
    `${file} has mode ${mode.toString(8).padStart(4, "0")}: others may read the token in it, so it is not used. ` +
      `Run \`chmod 600 ${file}\` and try again.`,
  );
}

export function readConfig(file = configPath()): ConfigFile {
  let text: string;
  try {
    refuseIfReadableByOthers(file);
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { profiles: {} };
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>;
    return { profiles: parsed.profiles && typeof parsed.profiles === "object" ? parsed.profiles : {} };
  } catch {
    throw new CliError(`${file} is not valid JSON: fix or delete it.`);
  }
}

/** Writes the whole file through a 0600 temporary file, so no reader sees it half written or readable. */
export function writeConfig(config: ConfigFile, file = configPath()): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

/** Reads, changes one profile and writes back; an emptied profile is removed. */
export function updateProfile(
  name: string,
  change: (profile: Profile) => Profile,
  file = configPath(),
): Profile {
  const config = readConfig(file);
  const next = change({ ...config.profiles[name] });
  const kept = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined)) as Profile;
  if (Object.keys(kept).length === 0) delete config.profiles[name];
  else config.profiles[name] = kept;
  writeConfig(config, file);
  return kept;
}
