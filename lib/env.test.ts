import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "keyward-env-"));

describe("env", () => {
  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["short", "too-short-secret"],
  ])("S11 refuses to start in production with a %s AUTH_SECRET", (_label, secret) => {
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        KEYWARD_URL: "https://keys.example.com",
        AUTH_SECRET: secret,
        KEYWARD_DATA_DIR: dataDir(),
      }),
    ).toThrow(/AUTH_SECRET/);
  });

  it("S92 refuses to start in production without KEYWARD_URL, naming it; development links go to localhost", () => {
    expect(() =>
      parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), KEYWARD_DATA_DIR: dataDir() }),
    ).toThrow(/KEYWARD_URL is required in production/);
    const dev = parseEnv({ NODE_ENV: "development", KEYWARD_DATA_DIR: dataDir(), PORT: "3005" });
    expect(dev.linkOrigin).toBe("http://localhost:3005");
    const prod = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: "x".repeat(40),
      KEYWARD_URL: "https://keys.example.com/",
      KEYWARD_DATA_DIR: dataDir(),
    });
    expect(prod.linkOrigin).toBe("https://keys.example.com");
  });

  it("the sudo window is 15 minutes unless KEYWARD_SUDO_MINUTES says otherwise; nonsense refuses to start", () => {
    expect(parseEnv({ NODE_ENV: "development", KEYWARD_DATA_DIR: dataDir() }).sudoMinutes).toBe(15);
    expect(
      parseEnv({ NODE_ENV: "development", KEYWARD_DATA_DIR: dataDir(), KEYWARD_SUDO_MINUTES: "5" })
        .sudoMinutes,
    ).toBe(5);
    for (const bad of ["0", "-1", "1.5", "forever"])
      expect(
        () => parseEnv({ NODE_ENV: "development", KEYWARD_DATA_DIR: dataDir(), KEYWARD_SUDO_MINUTES: bad }),
        bad,
      ).toThrow(/KEYWARD_SUDO_MINUTES/);
  });

  it("S11 refuses a short AUTH_SECRET in development too", () => {
    expect(() =>
      parseEnv({ NODE_ENV: "development", AUTH_SECRET: "short", KEYWARD_DATA_DIR: dataDir() }),
    ).toThrow(/AUTH_SECRET/);
  });

  it("generates a random development secret once and keeps it in the data folder", () => {
    const dir = dataDir();
    const first = parseEnv({ NODE_ENV: "development", KEYWARD_DATA_DIR: dir });
    const again = parseEnv({ NODE_ENV: "development", KEYWARD_DATA_DIR: dir });
    const other = parseEnv({ NODE_ENV: "development", KEYWARD_DATA_DIR: dataDir() });
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(again.authSecret).toBe(first.authSecret);
    expect(other.authSecret).not.toBe(first.authSecret);
  });

  it("uses the embedded database without DATABASE_URL and PostgreSQL with it", () => {
    const secret = "x".repeat(40);
    expect(
      parseEnv({
        NODE_ENV: "production",
        KEYWARD_URL: "https://keys.example.com",
        AUTH_SECRET: secret,
        KEYWARD_DATA_DIR: "/tmp/k",
      }).database,
    ).toEqual({
      kind: "embedded",
      dataDir: "/tmp/k/pglite",
    });
    expect(
      parseEnv({
        NODE_ENV: "production",
        KEYWARD_URL: "https://keys.example.com",
        AUTH_SECRET: secret,
        DATABASE_URL: "postgres://u@h:5432/d",
      }).database,
    ).toEqual({ kind: "postgres", url: "postgres://u@h:5432/d", poolSize: 10 });
  });

  it("refuses a DATABASE_URL that is not PostgreSQL", () => {
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        KEYWARD_URL: "https://keys.example.com",
        AUTH_SECRET: "x".repeat(40),
        DATABASE_URL: "mysql://h/d",
      }),
    ).toThrow(/DATABASE_URL/);
  });

  it("emails invitations only with both SMTP_URL and SMTP_FROM, and refuses one without the other", () => {
    const base = {
      NODE_ENV: "production",
      KEYWARD_URL: "https://keys.example.com",
      AUTH_SECRET: "x".repeat(40),
      KEYWARD_DATA_DIR: "/tmp/k",
    } as const;
    expect(parseEnv(base).smtp).toBeUndefined();
    expect(
      parseEnv({
        ...base,
        SMTP_URL: "smtps://u:p@mail.example.com:465",
        SMTP_FROM: "Keyward <keys@example.com>",
      }).smtp,
    ).toEqual({
      url: "smtps://u:p@mail.example.com:465",
      from: "Keyward <keys@example.com>",
    });
    expect(() => parseEnv({ ...base, SMTP_URL: "smtp://mail.example.com" })).toThrow(/SMTP_FROM/);
    expect(() => parseEnv({ ...base, SMTP_FROM: "keys@example.com" })).toThrow(/SMTP_URL/);
    expect(() =>
      parseEnv({ ...base, SMTP_URL: "http://mail.example.com", SMTP_FROM: "keys@example.com" }),
    ).toThrow(/SMTP_URL/);
  });
});
