import { randomBytes } from "node:crypto";
import { systemActor } from "@/lib/actor";
import type { Role } from "@/lib/access";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { createWebsite } from "@/lib/websites/create-website";

// Per-test data with random names, so tests never depend on each other or on order.

export function uniqueSuffix(): string {
  return randomBytes(5).toString("hex");
}

export const TEST_PASSWORD = "correct horse battery";

export async function makeUser(overrides: { name?: string; email?: string } = {}) {
  const suffix = uniqueSuffix();
  return createUser({
    name: overrides.name ?? `Person ${suffix}`,
    email: overrides.email ?? `person-${suffix}@example.test`,
    password: TEST_PASSWORD,
  });
}

export async function makeWebsite(ownerId: string, overrides: { domain?: string; name?: string } = {}) {
  const suffix = uniqueSuffix();
  return createWebsite(systemActor(ownerId), {
    domain: overrides.domain ?? `site-${suffix}.example.com`,
    name: overrides.name,
    timezone: "UTC",
  });
}

export async function addMember(websiteId: string, userId: string, role: Exclude<Role, "owner">) {
  await db().membership.create({ data: { websiteId, userId, role } });
}
