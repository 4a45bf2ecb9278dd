import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The one place that reads process.env. Parsed lazily so `next build` can import modules
// without production secrets; instrumentation calls env() at start-up so a bad config refuses
// to start before the first request.

const MIN_SECRET_LENGTH = 32;

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  KEYWARD_DATA_DIR: z.string().min(1).optional(),
  AUTH_SECRET: z.string().optional(),
  KEYWARD_SKIP_AUTO_SEED: z.enum(["1", "true"]).optional(),
  /** Seeds the demo people into a database with no users at all: the only way in production. */
  KEYWARD_SEED_DEMO: z.enum(["1", "true"]).optional(),
  /** The public URL people use, e.g. https://keys.example.com: every link Keyward hands out. */
  KEYWARD_URL: z.url({ protocol: /^https?$/ }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** How long a sign-in or re-authentication lets a session do sensitive acts (sudo mode). */
  KEYWARD_SUDO_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Seconds between writes of the per-credential usage counts (lib/usage); a restart loses at most one. */
  KEYWARD_USAGE_FLUSH_SECONDS: z.coerce.number().min(0.1).max(3600).default(10),
  /** "off": API requests are not counted per credential (benchmarks compare with and without). */
  KEYWARD_USAGE: z.enum(["on", "off"]).default("on"),
  /** Seconds between sweeps for token expiry reminders (lib/expiry-reminders). */
  KEYWARD_REMINDER_INTERVAL_SECONDS: z.coerce.number().min(1).max(86400).default(300),
  /** smtp:// (STARTTLS when offered) or smtps:// with credentials in the URL; invitations are emailed when set. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL" }).optional(),
  /** The sender of invitation emails, e.g. `Keyward <keys@example.com>`. */
  SMTP_FROM: z
    .string()
    .trim()
    .min(3)
    .max(254)
    .regex(/^[^\r\n]*$/, "SMTP_FROM must be one line")
    .optional(),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  isProduction: boolean;
  database: { kind: "postgres"; url: string; poolSize: number } | { kind: "embedded"; dataDir: string };
  dataDir: string;
  authSecret: string;
  /** Seed the demo data at start-up when the database has no users at all. */
  autoSeed: boolean;
  /** KEYWARD_URL as configured (required in production): HSTS, Secure cookies, next-auth's origin. */
  publicUrl: string | undefined;
  /** The origin of every link Keyward hands out: KEYWARD_URL, or http://localhost:PORT in development. */
  linkOrigin: string;
  /** Where invitation emails go out; undefined: they are not emailed. */
  smtp: { url: string; from: string } | undefined;
  /** Minutes after an authentication during which a session may do sensitive acts (sudo mode). */
  sudoMinutes: number;
  /** Per-credential usage counting: off, or the milliseconds between flushes. */
  usage: { enabled: boolean; flushMs: number };
  /** Seconds between token expiry reminder sweeps. */
  reminderIntervalSeconds: number;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

function loadAuthSecret(raw: string | undefined, isProduction: boolean, dataDir: string): string {
  if (raw !== undefined && raw.length > 0) {
    if (raw.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(`AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters.`);
    }
    return raw;
  }
  if (isProduction) {
    throw new ConfigError(
      "AUTH_SECRET is required in production (at least 32 characters, e.g. `openssl rand -base64 32`).",
    );
  }
  // Development: a random secret kept beside the embedded data, so sessions survive restarts.
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(32).toString("base64url");
  writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

function requirePublicUrl(raw: string | undefined, isProduction: boolean): void {
  if (raw || !isProduction) return;
  throw new ConfigError(
    "KEYWARD_URL is required in production: the public URL people use (e.g. https://keys.example.com). Invitation and email links are built from it, never from a request's Host header.",
  );
}

function smtpConfig(url: string | undefined, from: string | undefined): Env["smtp"] {
  if (!url && !from) return undefined;
  if (!url || !from)
    throw new ConfigError("Set SMTP_URL and SMTP_FROM together (or neither) to email invitations.");
  return { url, from };
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const vars = parsed.data;
  const isProduction = vars.NODE_ENV === "production";
  requirePublicUrl(vars.KEYWARD_URL, isProduction);
  const dataDir = path.resolve(
    /*turbopackIgnore: true*/ vars.KEYWARD_DATA_DIR ?? path.join(".data", vars.NODE_ENV),
  );
  return {
    nodeEnv: vars.NODE_ENV,
    isProduction,
    database: vars.DATABASE_URL
      ? { kind: "postgres", url: vars.DATABASE_URL, poolSize: vars.DATABASE_POOL_SIZE }
      : { kind: "embedded", dataDir: path.join(dataDir, "pglite") },
    dataDir,
    authSecret: loadAuthSecret(vars.AUTH_SECRET, isProduction, dataDir),
    // Development seeds an empty embedded database by itself (the two-command quick start);
    // anywhere else only on request.
    autoSeed:
      vars.KEYWARD_SEED_DEMO !== undefined ||
      (!isProduction && !vars.DATABASE_URL && vars.KEYWARD_SKIP_AUTO_SEED === undefined),
    publicUrl: vars.KEYWARD_URL,
    linkOrigin: new URL(vars.KEYWARD_URL ?? `http://localhost:${vars.PORT}`).origin,
    smtp: smtpConfig(vars.SMTP_URL, vars.SMTP_FROM),
    sudoMinutes: vars.KEYWARD_SUDO_MINUTES,
    usage: {
      enabled: vars.KEYWARD_USAGE === "on",
      flushMs: Math.round(vars.KEYWARD_USAGE_FLUSH_SECONDS * 1000),
    },
    reminderIntervalSeconds: vars.KEYWARD_REMINDER_INTERVAL_SECONDS,
  };
}

const cache = globalThis as typeof globalThis & { __keywardEnv?: Env };

// next-auth reads its origin from process.env itself: hand it ours, or let it use the request's host.
function configureNextAuth(config: Env): void {
  if (config.publicUrl) process.env.NEXTAUTH_URL = config.publicUrl;
  else process.env.AUTH_TRUST_HOST = "true";
}

export function env(): Env {
  if (!cache.__keywardEnv) {
    cache.__keywardEnv = parseEnv(process.env);
    configureNextAuth(cache.__keywardEnv);
  }
  return cache.__keywardEnv;
}
