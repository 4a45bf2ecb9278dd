import "server-only";
import { database, prepareDatabase } from "@/lib/db";
import { demoLoginsText, seedDemoIntoEmptyDatabase } from "@/lib/demo/seed-demo";
import { env, type Env } from "@/lib/env";
import { startExpiryReminderTimer } from "@/lib/expiry-reminders/reminder-timer";
import { flushUsage } from "@/lib/usage/recorder";

/**
 * Demo data at start-up (lib/env decides when: development on the embedded database, or
 * KEYWARD_SEED_DEMO=1), into a database with no users only. Logins are printed when just
 * created, and in development.
 */
export async function seedDemoAtStartup(config: Env): Promise<{ created: boolean }> {
  if (!config.autoSeed) return { created: false };
  const { created } = await seedDemoIntoEmptyDatabase();
  if (created) console.log("[keyward] seeded demo data.");
  if (created || !config.isProduction) console.log(`[keyward] ${demoLoginsText()}`);
  return { created };
}

/** Runs once when the server starts: refuse a bad config, migrate, seed demo data when asked. */
export async function startServer(): Promise<void> {
  try {
    const config = env();
    const applied = await prepareDatabase();
    const where =
      config.database.kind === "postgres"
        ? "PostgreSQL"
        : `embedded PostgreSQL at ${config.database.dataDir}`;
    console.log(`[keyward] database: ${where}${applied.length ? `; applied ${applied.join(", ")}` : ""}`);
    await seedDemoAtStartup(config);
    const stopReminders = startExpiryReminderTimer(config.reminderIntervalSeconds);
    // Usage counted since the last flush is written before the database closes.
    const close = () => {
      stopReminders();
      void flushUsage()
        .then(() => database().close())
        .finally(() => process.exit(0));
    };
    process.once("SIGINT", close);
    process.once("SIGTERM", close);
  } catch (error) {
    console.error(`[keyward] cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
