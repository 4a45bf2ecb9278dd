import "server-only";
import { z } from "zod";
import type { Invitation } from "@/lib/db/generated/client";
import { idField, instantField, personRefField, roleField } from "@/lib/utils/dto-fields";

export const invitationDtoSchema = z.object({
  _id: idField,
  email: z.string(),
  role: roleField,
  invitedBy: personRefField,
  createdAt: instantField,
  expiresAt: instantField,
  expired: z.boolean(),
});
export type InvitationDto = z.output<typeof invitationDtoSchema>;

export function toInvitationDto(
  row: Invitation & { invitedBy: { id: string; name: string } | null },
  now = new Date(),
): InvitationDto {
  return {
    _id: row.id,
    email: row.email,
    role: row.role,
    invitedBy: row.invitedBy ? { _id: row.invitedBy.id, name: row.invitedBy.name } : null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    expired: row.expiresAt <= now,
  };
}

export const INVITATION_INCLUDE = { invitedBy: { select: { id: true, name: true } } } as const;
