import { z } from "zod";
import { ASSIGNABLE_ROLES } from "@/lib/access";
import { emailSchema } from "@/lib/validation/email";
import { lookupIdField } from "@/lib/validation/lookup-id";

// Shared by the team forms, the server actions and the REST routes.

const assignableRole = z.enum(ASSIGNABLE_ROLES as unknown as ["member", "viewer"], {
  error: "Choose member or viewer. Ownership moves only by transfer.",
});

/** DataFast's default role is viewer (SPEC §6); the dashboard's form sends its own choice. */
export const inviteSchema = z.object({ email: emailSchema, role: assignableRole.default("viewer") }).strict();
export type InviteInput = z.input<typeof inviteSchema>;

/** Removal and demotion can end the person's website keys at once instead of flagging them. */
const revokeKeysField = z.boolean({ error: "revokeKeys is true or false." }).optional().meta({
  description:
    "true: revoke at once every key the person stands behind on this website (made by them, and minted from those) instead of flagging them for a roll.",
});

export const changeRoleSchema = z.object({ role: assignableRole, revokeKeys: revokeKeysField }).strict();
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

/** DELETE …/team: the person, and whether to revoke their keys at once. */
export const removeMemberSchema = z
  .object({ userId: lookupIdField("The member's user id"), revokeKeys: revokeKeysField })
  .strict();

export const transferSchema = z
  .object({
    userId: z.uuid({ error: "Choose a member." }),
    confirmEmail: z.string({ error: "Type the member's email to confirm." }).trim().toLowerCase().max(254),
  })
  .strict();
export type TransferInput = z.input<typeof transferSchema>;

/** Invitation links carry a 43-character base62 token; anything else is not a link of ours. */
export const invitationTokenSchema = z
  .string()
  .regex(/^[0-9A-Za-z]{43}$/, "This invitation link is not valid.");
