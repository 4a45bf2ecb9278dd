import "server-only";
import { INVITATION_DAYS } from "./invitation-days";

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}
