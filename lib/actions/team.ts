"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ASSIGNABLE_ROLES } from "@/lib/access";
import { defineAction } from "@/lib/actions/define-action";
import { changeMemberRole } from "@/lib/team/change-role";
import { inviteMember } from "@/lib/team/invite-member";
import { issueInvitation } from "@/lib/team/issue-invitation";
import { listPersonKeys, revokePersonKeys, rollPersonKeys } from "@/lib/team/offboard-keys";
import { previewRoleChange } from "@/lib/team/preview-role-change";
import { leaveWebsite, removeMember } from "@/lib/team/remove-member";
import { resendInvitation } from "@/lib/team/resend-invitation";
import { revokeInvitation } from "@/lib/team/revoke-invitation";
import { changeRoleSchema, inviteSchema, transferSchema } from "@/lib/team/schemas";
import { transferOwnership } from "@/lib/team/transfer-ownership";

// Thin adapters: { websiteId, userId, invitationId } are only input. Every domain function
// re-checks inside its transaction that this person is the website's owner (or, for leaving, a
// member of it). Invite and resend hand the link back once, for the owner to copy; only its
// digest is stored. `delivery` says whether the invitee was also emailed (or the email failed).

const websiteId = z.string().max(64, "Website not found.");
const userId = z.string().max(64, "That person is not a member of this website.");
const invitationId = z.string().max(64, "Invitation not found.");

function refreshTeam(id: string) {
  revalidatePath(`/websites/${id}/settings/team`);
}

export const inviteMemberAction = defineAction(
  inviteSchema.extend({ websiteId }),
  async ({ actor }, input) => {
    const stored = await inviteMember(actor, input.websiteId, { email: input.email, role: input.role });
    const result = await issueInvitation(input.websiteId, stored);
    refreshTeam(input.websiteId);
    return result;
  },
);

export const resendInvitationAction = defineAction(
  z.object({ websiteId, invitationId }).strict(),
  async ({ actor }, input) => {
    const stored = await resendInvitation(actor, input.websiteId, input.invitationId);
    const result = await issueInvitation(input.websiteId, stored);
    refreshTeam(input.websiteId);
    return result;
  },
);

export const revokeInvitationAction = defineAction(
  z.object({ websiteId, invitationId }).strict(),
  async ({ actor }, input) => {
    await revokeInvitation(actor, input.websiteId, input.invitationId);
    refreshTeam(input.websiteId);
    return null;
  },
);

/** What a role change (`to`: a role) or a removal (`to`: null) would cost the person's tokens here. */
export const previewRoleChangeAction = defineAction(
  z.object({ websiteId, userId, to: z.enum(ASSIGNABLE_ROLES).nullable() }).strict(),
  ({ actor }, input) => previewRoleChange(actor, input.websiteId, input.userId, input.to),
);

export const changeRoleAction = defineAction(
  changeRoleSchema.extend({ websiteId, userId }),
  async ({ actor }, input) => {
    const changed = await changeMemberRole(actor, input.websiteId, input.userId, {
      role: input.role,
      revokeKeys: input.revokeKeys,
    });
    refreshTeam(input.websiteId);
    return changed;
  },
);

/** `revokeKeys`: revoke every key the person stands behind here at once, rather than flag them. */
export const removeMemberAction = defineAction(
  z.object({ websiteId, userId, revokeKeys: z.boolean().optional() }).strict(),
  async ({ actor }, input) => {
    const offboarding = await removeMember(actor, input.websiteId, input.userId, {
      revokeKeys: input.revokeKeys,
    });
    refreshTeam(input.websiteId);
    return offboarding;
  },
);

/** The keys a person stands behind here (made by them, minted from those): for the dialogs. */
export const listPersonKeysAction = defineAction(
  z.object({ websiteId, userId }).strict(),
  ({ actor }, input) => listPersonKeys(actor, input.websiteId, input.userId),
);

/** Offboarding "revoke all" for one person's keys on the website (owners). */
export const revokePersonKeysAction = defineAction(
  z.object({ websiteId, userId }).strict(),
  ({ actor }, input) => revokePersonKeys(actor, input.websiteId, input.userId),
);

/** Offboarding "roll all": new secrets, no grace, flags cleared; each secret returned once. */
export const rollPersonKeysAction = defineAction(
  z.object({ websiteId, userId }).strict(),
  ({ actor }, input) => rollPersonKeys(actor, input.websiteId, input.userId),
);

export const transferOwnershipAction = defineAction(
  transferSchema.extend({ websiteId }),
  async ({ actor }, input) => {
    await transferOwnership(actor, input.websiteId, {
      userId: input.userId,
      confirmEmail: input.confirmEmail,
    });
    // Roles show in the header's website switcher and on every website page.
    revalidatePath("/", "layout");
    return null;
  },
);

const leaveOrFail = defineAction(z.object({ websiteId }).strict(), async ({ actor }, input) => {
  await leaveWebsite(actor, input.websiteId);
  revalidatePath("/", "layout");
  return null;
});

/**
 * Leaves, then redirects to the websites list from the server (outside defineAction's error
 * mapping): the pages of a website one no longer belongs to are never rendered again.
 */
export async function leaveWebsiteAction(input: { websiteId: string }) {
  const result = await leaveOrFail(input);
  if (result.ok) redirect("/");
  return result;
}
