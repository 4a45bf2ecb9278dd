// Prepares the PostgreSQL database (DATABASE_URL) of the two-instance spec: migrates it, then
// creates an owner with a website, two `dft_` tokens and a `df_` key through the domain
// functions, and prints their ids and secrets as one line of JSON. How secrets are created is
// not the subject there (account-tokens.spec.ts covers it); what instance B does after instance
// A revokes or rolls them is.
// Run: node --conditions=react-server --import tsx e2e/two-instances-world.ts
import { randomBytes } from "node:crypto";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { systemActor } from "@/lib/actor";
import { database, db, prepareDatabase } from "@/lib/db";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { createWebsite } from "@/lib/websites/create-website";

await prepareDatabase();
const suffix = randomBytes(5).toString("hex");
const owner = await db().user.create({
  data: { name: `Owner ${suffix}`, email: `owner-${suffix}@two.test`, passwordHash: "!unusable" },
});
const actor = systemActor(owner.id);
const website = await createWebsite(actor, { domain: `two-${suffix}.example.com`, timezone: "UTC" });
const token = (name: string) =>
  createAccountToken(actor, { name, permissions: ["*"], websiteIds: [], expiresAt: null });
const [used, admin] = [await token("revoked on A, used on B"), await token("acts on A")];
const key = await createWebsiteKey(actor, website._id, { name: "rolled on A, used on B" });

console.log(
  JSON.stringify({
    websiteId: website._id,
    token: { id: used.token._id, secret: used.key },
    admin: { id: admin.token._id, secret: admin.key },
    key: { id: key.key._id, secret: key.secret },
  }),
);
await database().close();
