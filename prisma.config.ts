import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file. Migrations are applied by the app's own migrator
// (lib/db/migrator.ts), because the schema-engine binary cannot be downloaded here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
