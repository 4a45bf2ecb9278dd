// `npm run db:migrate`: apply pending migrations to the configured database and exit.
import { database, prepareDatabase } from "@/lib/db";

const applied = await prepareDatabase();
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
await database().close();
