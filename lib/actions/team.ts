"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ASSIGNABLE_ROLES } from "@/lib/access";
import { defineAction } from "@/lib/actions/define-action";
import { INVITATION_NOT_FOUND_MESSAGE, NOT_A_MEMBER_MESSAGE } from "@/lib/team/messages";
import { idInputSchema } from "@/lib/validation/id-input";
import { WEBSITE_NOT_FOUND_MESSAGE } from "@/lib/websites/messages";
import { changeMemberRole } from "@/lib/team/change-role";
import { inviteAndDeliver, resendAndDeliver } from "@/lib/team/issue-invitation";
import { listPersonKeys, revokePersonKeys, rollPersonKeys } from "@/lib/team/offboard-keys";
import { previewRoleChange } from "@/lib/team/preview-role-change";
import { leaveWebsite, removeMember } from "@/lib/team/remove-member";
import { revokeInvitation } from "@/lib/team/revoke-invitation";
import { changeRoleSchema, inviteSchema, transferSchema } from "@/lib/team/schemas";
import { transferOwnership } from "@/lib/team/transfer-ownership";

// Thin adapters: { websiteId, userId, invitationId } are only input. Every domain function
// re-checks inside its transaction that this person is the website's owner (or, for leaving, a
// member of it). Invite and resend hand the link back once, for the owner to copy; only its
// digest is stored. `delivery` says whether the invitee was also emailed (or the email failed).

const websiteId = idInputSchema(WEBSITE_NOT_FOUND_MESSAGE);
const userId = idInputSchema(NOT_A_MEMBER_MESSAGE);
const invitationId = idInputSchema(INVITATION_NOT_FOUND_MESSAGE);

function refreshTeam(id: string) {
  revalidatePath(`/websites/${id}/settings/team`);
}

export const inviteMemberAction = defineAction(
  inviteSchema.extend({ websiteId }),
  async ({ actor }, input) => {
    const result = await inviteAndDeliver(actor, {
      websiteId: input.websiteId,
      invite: { email: input.email, role: input.role },
    });
    refreshTeam(input.websiteId);
    return result;
  },
  { sudo: true },
);

export const resendInvitationAction = defineAction(
  z.object({ websiteId, invitationId }).strict(),
  async ({ actor }, input) => {
    const result = await resendAndDeliver(actor, input);
    refreshTeam(input.websiteId);
    return result;
  },
);

export const revokeInvitationAction = defineAction(
  z.object({ websiteId, invitationId }).strict(),
  async ({ actor }, input) => {
    await revokeInvitation(actor, { websiteId: input.websiteId, invitationId: input.invitationId });
    refreshTeam(input.websiteId);
    return null;
  },
);

/** What a role change (`to`: a role) or a removal (`to`: null) would cost the person's tokens here. */
export const previewRoleChangeAction = defineAction(
  z.object({ websiteId, userId, to: z.enum(ASSIGNABLE_ROLES).nullable() }).strict(),
  ({ actor }, input) =>
    previewRoleChange(actor, { websiteId: input.websiteId, userId: input.userId, to: input.to }),
);

export const changeRoleAction = defineAction(
  changeRoleSchema.extend({ websiteId, userId }),
  async ({ actor }, input) => {
    const changed = await changeMemberRole(actor, {
      websiteId: input.websiteId,
      userId: input.userId,
      role: input.role,
      revokeKeys: input.revokeKeys,
    });
    refreshTeam(input.websiteId);
    return changed;
  },
  { sudo: true },
);

/** `revokeKeys`: revoke every key the person stands behind here at once, rather than flag them. */
export const removeMemberAction = defineAction(
  z.object({ websiteId, userId, revokeKeys: z.boolean().optional() }).strict(),
  async ({ actor }, input) => {
    const offboarding = await removeMember(actor, {
      websiteId: input.websiteId,
      userId: input.userId,
      revokeKeys: input.revokeKeys,
    });
    refreshTeam(input.websiteId);
    return offboarding;
  },
  { sudo: true },
);

/** The keys a person stands behind here (made by them, minted from those): for the dialogs. */
export const listPersonKeysAction = defineAction(
  z.object({ websiteId, userId }).strict(),
  ({ actor }, input) => listPersonKeys(actor, { websiteId: input.websiteId, userId: input.userId }),
);

/** Offboarding "revoke all" for one person's keys on the website (owners). */
export const revokePersonKeysAction = defineAction(
  z.object({ websiteId, userId }).strict(),
  ({ actor }, input) => revokePersonKeys(actor, { websiteId: input.websiteId, userId: input.userId }),
);

/** Offboarding "roll all": new secrets, no grace, flags cleared; each secret returned once. */
export const rollPersonKeysAction = defineAction(
  z.object({ websiteId, userId }).strict(),
  ({ actor }, input) => rollPersonKeys(actor, { websiteId: input.websiteId, userId: input.userId }),
  { sudo: true },
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
  { sudo: true },
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
