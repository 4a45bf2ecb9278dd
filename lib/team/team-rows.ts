import "server-only";
import { z } from "zod";
import { idField, instantField, roleField } from "@/lib/utils/dto-fields";
import { invitationDtoSchema, type InvitationDto } from "./invitation-dto";
import type { TeamMember } from "./list-members";

// The REST shapes of the team (GET/POST/DELETE /admin/websites/{id}/team, PATCH …/team/{userId}):
// DataFast's fields (SPEC §6) beside Keyward's own, which the dashboard-era clients read.

/** Accounts have no picture: DataFast's `image` is always null here, as in the profile. */
const imageField = z.null().meta({ description: "DataFast's profile picture: always null in Keyward." });

const memberRowSchema = z.object({
  userId: idField.meta({ description: "DataFast's field: the member's user id (the same as `_id`)." }),
  name: z.string(),
  email: z.string(),
  image: imageField,
  role: roleField,
  joinedAt: instantField.meta({
    description: "DataFast's field: when they joined (the same as `createdAt`).",
  }),
  _id: idField.meta({ description: "Keyward's field: the member's user id." }),
  status: z.literal("active"),
  createdAt: instantField,
});
// DataFast lists members only; Keyward lists pending invitations too. They carry DataFast's keys
// with null values (no person yet), so a script reading every item's `userId` meets no gap.
const invitationRowSchema = z.object({
  userId: z.null(),
  name: z.null(),
  email: z.string(),
  image: z.null(),
  role: roleField,
  joinedAt: z.null(),
  _id: idField.meta({ description: "The invitation's id." }),
  status: z.enum(["pending", "expired"]),
  createdAt: instantField,
  expiresAt: instantField,
});

/** One row of the team list: an active member or an invitation (`status` tells them apart). */
export const teamRowSchema = z.union([memberRowSchema, invitationRowSchema]);
export type TeamRow = z.output<typeof teamRowSchema>;

export function toTeamRows(members: TeamMember[], invitations: InvitationDto[]): TeamRow[] {
  return [
    ...members.map((m) => ({
      userId: m.userId,
      name: m.name,
      email: m.email,
      image: null,
      role: m.role,
      joinedAt: m.joinedAt,
      _id: m.userId,
      status: "active" as const,
      createdAt: m.joinedAt,
    })),
    ...invitations.map((i) => ({
      userId: null,
      name: null,
      email: i.email,
      image: null,
      role: i.role,
      joinedAt: null,
      _id: i._id,
      status: i.expired ? ("expired" as const) : ("pending" as const),
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
    })),
  ];
}

export const INVITATION_CREATED_MESSAGE = "Invitation created. Send the invite link to the user.";

/** POST …/team: DataFast's answer, then the invitation and its single-use link, returned once. */
export const invitedSchema = z.object({
  message: z.literal(INVITATION_CREATED_MESSAGE),
  invitationId: idField.meta({ description: "DataFast's field: the invitation's id (the same as `_id`)." }),
  ...invitationDtoSchema.shape,
  status: z.literal("pending"),
  inviteUrl: z.string(),
});
export type Invited = z.output<typeof invitedSchema>;

export function toInvited({ invitation, url }: { invitation: InvitationDto; url: string }): Invited {
  return {
    message: INVITATION_CREATED_MESSAGE,
    invitationId: invitation._id,
    ...invitation,
    status: "pending",
    inviteUrl: url,
  };
}

const keyRefs = z.array(z.object({ _id: idField, name: z.string(), displayKey: z.string() }));

export const roleChangedSchema = z.object({ _id: idField, role: roleField });

/** DELETE …/team: the removed person and the website keys they stand behind, each worth a roll. */
export const memberRemovedSchema = z.object({
  _id: idField,
  removed: z.literal(true),
  keysToRoll: keyRefs,
  revokedKeys: keyRefs,
});
