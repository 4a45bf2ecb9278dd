import "server-only";
import { database, prepareDatabase } from "@/lib/db";
import { demoLoginsText, seedDemo } from "@/lib/demo/seed-demo";
import { env } from "@/lib/env";

/** Runs once when the server starts: refuse a bad config, migrate, seed an empty demo database. */
export async function startServer(): Promise<void> {
  try {
    const config = env();
    const applied = await prepareDatabase();
    const where =
      config.database.kind === "postgres"
        ? "PostgreSQL"
        : `embedded PostgreSQL at ${config.database.dataDir}`;
    console.log(`[keyward] database: ${where}${applied.length ? `; applied ${applied.join(", ")}` : ""}`);
    if (config.autoSeed) {
      const { created } = await seedDemo();
      if (created) console.log("[keyward] seeded demo data.");
      console.log(`[keyward] ${demoLoginsText()}`);
    }
    const close = () =>
      void database()
        .close()
        .finally(() => process.exit(0));
    process.once("SIGINT", close);
    process.once("SIGTERM", close);
  } catch (error) {
    console.error(`[keyward] cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
