import "server-only";
import { systemActor } from "@/lib/actor";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/team/accept-invitation";
import { inviteMember } from "@/lib/team/invite-member";
import { createUser, EMAIL_TAKEN } from "@/lib/users/create-user";
import { createWebsite } from "@/lib/websites/create-website";

export const DEMO_PASSWORD = "keyward-demo-2026";

export const DEMO_USERS = [
  { email: "owner@keyward.test", name: "Olivia Owner", role: "owner" },
  { email: "member@keyward.test", name: "Max Member", role: "member" },
  { email: "viewer@keyward.test", name: "Vera Viewer", role: "viewer" },
  { email: "loner@keyward.test", name: "Lee No-Websites", role: null },
] as const;

const DEMO_WEBSITES = [
  { domain: "shop.example.com", name: "Shop", timezone: "Europe/Paris", currency: "EUR" },
  { domain: "blog.example.com", name: "Blog", timezone: "America/New_York", currency: "USD" },
  { domain: "docs.example.com", name: "Docs", timezone: "Asia/Tokyo", currency: "JPY" },
];

/** Demo people sharing three websites, one per role, plus one with none. Idempotent. */
export async function seedDemo(): Promise<{ created: boolean }> {
  const existing = await db().user.findUnique({
    where: { email: DEMO_USERS[0].email },
    select: { id: true },
  });
  if (existing) return { created: false };

  const users = [];
  for (const person of DEMO_USERS) {
    users.push(
      await createUser(
        { name: person.name, email: person.email, password: DEMO_PASSWORD },
        { emailVerified: true },
      ),
    );
  }
  const [owner, member, viewer] = users;
  if (!owner || !member || !viewer) throw new Error("demo users missing");

  for (const site of DEMO_WEBSITES) {
    const website = await createWebsite(systemActor(owner.id), site);
    if (site.domain === "shop.example.com") await seedDemoActivity(website._id);
    // Through the same invite-and-accept flow people use, so the activity log tells it too.
    for (const [person, role] of [
      [member, "member"],
      [viewer, "viewer"],
    ] as const) {
      const { token } = await inviteMember(systemActor(owner.id), website._id, { email: person.email, role });
      await acceptInvitation(systemActor(person.id), token);
    }
  }
  return { created: true };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const GOALS = ["signup", "add_to_cart", "checkout"];

/**
 * A month of made-up visits on the shop, so its overview shows numbers: goals from 60 visitors,
 * a few of them paying. Deterministic, spread over the 29 days before the seed.
 */
async function seedDemoActivity(websiteId: string): Promise<void> {
  const now = Date.now();
  const events = Array.from({ length: 240 }, (_, i) => ({
    websiteId,
    visitorId: `demo-visitor-${(i * 7) % 60}`,
    name: GOALS[i % GOALS.length]!,
    createdAt: new Date(now - ((i * 37) % 29) * DAY_MS - ((i * 53) % 1440) * 60_000),
  }));
  await db().event.createMany({ data: events });
  await db().payment.createMany({
    data: Array.from({ length: 9 }, (_, i) => ({
      websiteId,
      amountMinor: BigInt(1900 + i * 500),
      currency: "EUR",
      transactionId: `demo-payment-${i}`,
      visitorId: `demo-visitor-${i * 6}`,
      createdAt: new Date(now - ((i * 3) % 29) * DAY_MS - 3_600_000),
    })),
  });
}

/**
 * The start-up seed: only into a database with no users at all, so demo logins never appear
 * beside real accounts, nor come back after an operator deleted them.
 */
export async function seedDemoIntoEmptyDatabase(): Promise<{ created: boolean }> {
  if ((await db().user.count()) > 0) return { created: false };
  try {
    return await seedDemo();
  } catch (error) {
    // Two instances starting together on one empty database: the first demo account decides
    // which one seeds, and the other starts without seeding instead of failing.
    if (isAppError(error) && error.code === "CONFLICT" && error.message === EMAIL_TAKEN)
      return { created: false };
    throw error;
  }
}

export function demoLoginsText(): string {
  const lines = DEMO_USERS.map((u) => `  ${u.email.padEnd(22)} ${u.role ?? "no websites"}`);
  return ["Demo logins (password: " + DEMO_PASSWORD + "):", ...lines].join("\n");
}
