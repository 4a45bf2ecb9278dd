import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { membersWithTwoFactor } from "@/lib/team/two-factor-members";
import { startTotpEnrolment } from "@/lib/two-factor/start-totp-enrolment";
import { asSession, makeTeam } from "@/test/factories";
import { enrolTotp } from "@/test/two-factor";

describe("the Team page's two-factor column", () => {
  it("lists the members with an authenticator app or a passkey; an unfinished set-up does not count", async () => {
    const team = await makeTeam();
    await enrolTotp(asSession(team.member.id));
    await startTotpEnrolment(asSession(team.viewer.id));
    await db().passkey.create({
      data: {
        userId: team.owner.id,
        name: "Laptop",
        credentialId: `cred-${team.owner.id}`,
        publicKey: Buffer.from([1, 2, 3]),
      },
    });
    const everyone = [team.owner.id, team.member.id, team.viewer.id];
    const listed = await membersWithTwoFactor(asSession(team.owner.id), team.website._id, everyone);
    expect(listed.sort()).toEqual([team.member.id, team.owner.id].sort());
    // Only among the people asked about: the Team page asks for the members it shows.
    const shown = await membersWithTwoFactor(asSession(team.owner.id), team.website._id, [
      team.viewer.id,
      team.member.id,
    ]);
    expect(shown).toEqual([team.member.id]);
  });

  it.each(["member", "viewer", "outsider"] as const)("a %s may not see it", async (who) => {
    const team = await makeTeam();
    await expect(
      membersWithTwoFactor(asSession(team[who].id), team.website._id, [team.owner.id]),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
