// `npm run seed`: idempotently creates the demo people and websites and prints their logins.
import { database, prepareDatabase } from "@/lib/db";
import { demoLoginsText, seedDemo } from "@/lib/demo/seed-demo";

await prepareDatabase();
const { created } = await seedDemo();
console.log(created ? "Demo data created." : "Demo data already present.");
console.log(demoLoginsText());
await database().close();
