// The process S75 kills (test/crash-recovery.int.test.ts): it opens the database the way the app
// does (lib/db from the environment: KEYWARD_DATA_DIR's embedded PGlite, or DATABASE_URL),
// applies migrations, prints "ready", then creates websites, tokens, keys, invitations and
// memberships through the domain functions until it is killed, printing "+" after each commit.
// Every secret it gets back is appended to the file named by its argument after the commit, so
// the test can check digests.
// Run: node --conditions=react-server --import tsx test/crash-writer.ts <secrets file>
import { appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { sessionActor, type Actor } from "@/lib/actor";
import { db, prepareDatabase } from "@/lib/db";
import { acceptInvitation } from "@/lib/team/accept-invitation";
import { inviteMember } from "@/lib/team/invite-member";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";
import { createWebsite } from "@/lib/websites/create-website";

const secretsFile = process.argv[2];
if (!secretsFile) throw new Error("usage: crash-writer.ts <secrets file>");

function note(kind: "token" | "key", id: string, raw: string): void {
  appendFileSync(secretsFile!, `${kind} ${id} ${raw}\n`);
}

/** Runs one write (one transaction) and reports its commit. */
async function commit<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  process.stdout.write("+");
  return result;
}

function actor(userId: string): Actor {
  return sessionActor(userId, { ip: "203.0.113.75", userAgent: "crash-writer" });
}

async function person(label: string) {
  const suffix = randomBytes(5).toString("hex");
  return db().user.create({
    data: {
      name: `${label} ${suffix}`,
      email: `${label}-${suffix}@crash.test`,
      passwordHash: "!unusable",
      // Accepting an invitation needs a verified address (issue 15).
      emailVerifiedAt: new Date(),
    },
  });
}

/** One round of every write S75 names; each call is one transaction of its own. */
async function round(owner: string): Promise<void> {
  const domain = `crash-${randomBytes(5).toString("hex")}.example.com`;
  const website = await commit(createWebsite(actor(owner), { domain, timezone: "UTC" }));
  const token = await commit(
    createAccountToken(actor(owner), { name: "crash", permissions: ["*"], websiteIds: [], expiresAt: null }),
  );
  note("token", token.token._id, token.key);
  const key = await commit(createWebsiteKey(actor(owner), website._id, { name: "crash" }));
  note("key", key.key._id, key.secret);
  const rolled = await commit(
    rollWebsiteKey(actor(owner), { websiteId: website._id, keyId: key.key._id, grace: "1h" }),
  );
  note("key", rolled.key._id, rolled.secret);
  const invitee = await commit(person("invitee"));
  const invitation = await commit(
    inviteMember(actor(owner), website._id, { email: invitee.email, role: "member" }),
  );
  await commit(acceptInvitation(actor(invitee.id), invitation.token));
  await commit(revokeAccountToken(actor(owner), token.token._id));
}

await prepareDatabase();
const owner =
  (await db().user.findFirst({ where: { name: { startsWith: "owner " } } })) ?? (await person("owner"));
process.stdout.write("ready\n");
for (;;) await round(owner.id);
