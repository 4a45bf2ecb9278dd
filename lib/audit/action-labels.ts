import "server-only";
// Human labels for every audit action the code records (grep recordAudit and record-*.ts).
// Pure and client-safe: the activity table and its filter read it. An action missing here
// still shows, as its raw string; action-labels.test.ts keeps this list and the code in step.

export const ACTION_LABELS = {
  "website.create": "Created the website",
  "website.update": "Changed website settings",
  "website.delete": "Deleted the website",
  "website.token-policy": "Changed the token policy",
  "website-key.create": "Created an API key",
  "website-key.roll": "Rolled an API key",
  "website-key.expire-previous": "Expired an API key's old secret",
  "website-key.revoke": "Revoked an API key",
  "credential.leaked": "Was reported found in public (secret scanning)",
  "website-key.expire": "API key expired",
  "website-key.rename": "Renamed an API key",
  "website-key.update": "Changed an API key",
  "token.create": "Created an account token",
  "token.roll": "Rolled an account token",
  "token.expire-previous": "Expired an account token's old secret",
  "token.revoke": "Revoked an account token",
  "token.update": "Changed an account token",
  "token.regenerate": "Regenerated an account token",
  "token.expire": "Account token expired",
  "device.approve": "Approved a device sign-in",
  "device.deny": "Denied a device sign-in",
  "team.invite": "Invited someone",
  "team.invite-resend": "Resent an invitation",
  "team.invite-revoke": "Revoked an invitation",
  "team.join": "Joined the website",
  "team.role-change": "Changed a role",
  "team.remove": "Removed a member",
  "team.leave": "Left the website",
  "team.transfer": "Transferred ownership",
  "funnel.create": "Created a funnel",
  "funnel.update": "Changed a funnel",
  "funnel.delete": "Deleted a funnel",
  "alert.create": "Created an alert",
  "alert.update": "Changed an alert",
  "alert.delete": "Deleted an alert",
  "account.update": "Updated the profile",
  "account.sign-out-everywhere": "Signed out everywhere",
  "account.session-revoke": "Ended a session",
  "account.password-change": "Changed the password",
  "account.password-reset": "Reset the password with an emailed link",
  "account.email-verify": "Verified the email address",
  "account.delete": "Deleted the account",
  "account.sudo": "Confirmed their identity for a sensitive act",
  "account.totp-enable": "Turned on two-factor authentication",
  "account.totp-disable": "Turned off two-factor authentication",
  "account.recovery-codes-regenerate": "Regenerated the recovery codes",
  "account.recovery-code-use": "Used a recovery code",
  "account.passkey-add": "Added a passkey",
  "account.passkey-remove": "Removed a passkey",
  "account.passkey-rename": "Renamed a passkey",
  "access.denied": "Was refused",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof ACTION_LABELS;

export const AUDIT_ACTIONS = Object.freeze(Object.keys(ACTION_LABELS) as AuditAction[]);

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && Object.hasOwn(ACTION_LABELS, value);
}

export function actionLabel(action: string): string {
  return isAuditAction(action) ? ACTION_LABELS[action] : action;
}
