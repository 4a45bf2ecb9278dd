import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { seedDemoAtStartup } from "@/lib/startup";
import { authenticate } from "@/lib/users/authenticate";
import { makeUser } from "@/test/factories";
import { DEMO_PASSWORD, DEMO_USERS } from "./seed-demo";

// S88: what a production start does to an empty database. The tests run in order on one fresh
// database (empty when the file starts).

const production = (extra: Record<string, string> = {}) =>
  parseEnv({
    NODE_ENV: "production",
    AUTH_SECRET: "p".repeat(40),
    KEYWARD_URL: "https://keys.example.com",
    KEYWARD_DATA_DIR: mkdtempSync(path.join(tmpdir(), "keyward-s88-")),
    ...extra,
  });

const demoSignIn = () =>
  authenticate(
    { email: DEMO_USERS[0].email, password: DEMO_PASSWORD },
    { ip: "192.0.2.88", userAgent: null },
  );

describe("demo data at start-up", () => {
  it("S88 a production start with no users and no opt-in creates no user; the demo password signs nobody in", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    expect(await db().user.count()).toBe(0);
    // Also on the embedded database, where development seeds by itself.
    const config = production();
    expect(config.database.kind).toBe("embedded");
    await expect(seedDemoAtStartup(config)).resolves.toEqual({ created: false });
    expect(await db().user.count()).toBe(0);
    await expect(demoSignIn()).resolves.toBeNull();
  });

  it("S88 with KEYWARD_SEED_DEMO=1, seeds only into a database with no users at all", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const config = production({ KEYWARD_SEED_DEMO: "1" });
    const someone = await makeUser();
    await expect(seedDemoAtStartup(config)).resolves.toEqual({ created: false });
    await expect(demoSignIn()).resolves.toBeNull();

    await db().user.delete({ where: { id: someone.id } });
    // Two instances starting at once on the empty database: one seeds, neither fails.
    const starts = await Promise.all([seedDemoAtStartup(config), seedDemoAtStartup(config)]);
    expect(starts.map((start) => start.created).sort()).toEqual([false, true]);
    await expect(demoSignIn()).resolves.toMatchObject({ email: DEMO_USERS[0].email });
    await expect(seedDemoAtStartup(config)).resolves.toEqual({ created: false });
  });

  it("development on the embedded database still seeds by itself (the quick start); PostgreSQL only on request", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "keyward-dev-"));
    expect(parseEnv({ NODE_ENV: "development", KEYWARD_DATA_DIR: dir }).autoSeed).toBe(true);
    expect(
      parseEnv({ NODE_ENV: "development", KEYWARD_DATA_DIR: dir, KEYWARD_SKIP_AUTO_SEED: "1" }).autoSeed,
    ).toBe(false);
    expect(
      parseEnv({ NODE_ENV: "development", KEYWARD_DATA_DIR: dir, DATABASE_URL: "postgres://h/d" }).autoSeed,
    ).toBe(false);
  });
});
