import "server-only";
import type { Role } from "@/lib/access";
import type { Invitation } from "@/lib/db/generated/client";

export type InvitationDto = {
  _id: string;
  email: string;
  role: Role;
  invitedBy: { _id: string; name: string } | null;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
};

export function toInvitationDto(row: Invitation & { invitedBy: { id: string; name: string } | null }, now = new Date()): InvitationDto {
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
