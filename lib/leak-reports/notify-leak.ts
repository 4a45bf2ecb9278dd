import "server-only";
import { db } from "@/lib/db";
import { deliverEmail } from "@/lib/mail/deliver";
import { leakEmail, type LeakEmailFacts } from "./leak-email";

export type LeakedCredential = {
  kind: "account-token" | "website-key";
  id: string;
  websiteId: string | null;
  personId: string | null;
};

/** The token's owner; for a key, its creator and its website's owner. */
async function recipients(credential: LeakedCredential): Promise<string[]> {
  const emails = new Set<string>();
  if (credential.personId) {
    const person = await db().user.findUnique({
      where: { id: credential.personId },
      select: { email: true },
    });
    if (person) emails.add(person.email);
  }
  if (credential.websiteId) {
    const owners = await db().membership.findMany({
      where: { websiteId: credential.websiteId, role: "owner" },
      select: { user: { select: { email: true } } },
    });
    for (const owner of owners) emails.add(owner.user.email);
  }
  return [...emails];
}

/**
 * Emails the people responsible for a leaked secret, after its revoke has committed. Without SMTP
 * nothing is sent; a failed send is logged by deliverEmail and never undoes the revoke.
 */
export async function notifyLeak(credential: LeakedCredential, facts: LeakEmailFacts): Promise<void> {
  for (const to of await recipients(credential))
    await deliverEmail(
      to,
      () => leakEmail(facts),
      `Leak notice for ${to}: ${facts.displayKey} found public at ${facts.url}`,
      "leak-email",
    );
}
