import "server-only";
import { z } from "zod";
import { idField, instantField, roleField } from "@/lib/utils/dto-fields";
import { invitationDtoSchema, type InvitationDto } from "./invitation-dto";
import type { TeamMember } from "./list-members";

// The REST shapes of the team (GET/POST/DELETE /admin/websites/{id}/team, PATCH …/team/{userId}).

const memberRowSchema = z.object({
  _id: idField,
  name: z.string(),
  email: z.string(),
  role: roleField,
  status: z.literal("active"),
  createdAt: instantField,
});
const invitationRowSchema = z.object({
  _id: idField,
  email: z.string(),
  role: roleField,
  status: z.enum(["pending", "expired"]),
  createdAt: instantField,
  expiresAt: instantField,
});

/** One row of the team list: an active member (`_id` is the user's) or an invitation. */
export const teamRowSchema = z.union([memberRowSchema, invitationRowSchema]);
export type TeamRow = z.output<typeof teamRowSchema>;

export function toTeamRows(members: TeamMember[], invitations: InvitationDto[]): TeamRow[] {
  return [
    ...members.map((m) => ({
      _id: m.userId,
      name: m.name,
      email: m.email,
      role: m.role,
      status: "active" as const,
      createdAt: m.joinedAt,
    })),
    ...invitations.map((i) => ({
      _id: i._id,
      email: i.email,
      role: i.role,
      status: i.expired ? ("expired" as const) : ("pending" as const),
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
    })),
  ];
}

/** POST …/team: the invitation and its single-use link, returned once. */
export const invitedSchema = invitationDtoSchema.extend({
  status: z.literal("pending"),
  inviteUrl: z.string(),
});

const keyRefs = z.array(z.object({ _id: idField, name: z.string(), displayKey: z.string() }));

export const roleChangedSchema = z.object({ _id: idField, role: roleField });

/** DELETE …/team: the removed person and the website keys they stand behind, each worth a roll. */
export const memberRemovedSchema = z.object({
  _id: idField,
  removed: z.literal(true),
  keysToRoll: keyRefs,
  revokedKeys: keyRefs,
});
