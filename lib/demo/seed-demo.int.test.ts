import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_USERS, seedDemo } from "./seed-demo";

describe("demo seed", () => {
  it("gives each demo person their role on the three websites through invitations, once", async () => {
    expect(await seedDemo()).toEqual({ created: true });
    expect(await seedDemo()).toEqual({ created: false });

    const memberships = await db().membership.findMany({
      include: { user: { select: { email: true } }, website: { select: { domain: true } } },
    });
    for (const person of DEMO_USERS) {
      const roles = memberships.filter((m) => m.user.email === person.email).map((m) => m.role);
      expect(roles).toEqual(person.role ? [person.role, person.role, person.role] : []);
    }
    // Every membership but the owners' came from an accepted invitation, which the log shows.
    expect(await db().invitation.count({ where: { acceptedAt: null } })).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "team.join" } })).toBe(6);
  });
});
