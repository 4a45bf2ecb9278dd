import "server-only";
import { ROLE_LABEL, type Role } from "@/lib/access";
import { escapeHtml, formatExpiry, htmlPage, oneLine, type Email } from "@/lib/mail/compose";

export type InvitationEmailFacts = {
  websiteName: string;
  websiteDomain: string;
  role: Role;
  inviterName: string;
  url: string;
  expiresAt: Date;
};

/** The invitation email: plain text and a simple HTML version, every person-supplied value escaped. */
export function invitationEmail(facts: InvitationEmailFacts): Email {
  const inviter = oneLine(facts.inviterName);
  const website = oneLine(facts.websiteName);
  const domain = oneLine(facts.websiteDomain);
  const role = ROLE_LABEL[facts.role].toLowerCase();
  const expires = formatExpiry(facts.expiresAt);
  const subject = `${inviter} invited you to ${domain} on Keyward`;
  const text = [
    `${inviter} invited you to join ${website} (${domain}) on Keyward as a ${role}.`,
    "",
    "Accept the invitation (sign in or create an account with this email address):",
    facts.url,
    "",
    `The link works once and expires on ${expires}.`,
    "If you were not expecting this invitation, you can ignore this email.",
  ].join("\n");
  const url = escapeHtml(facts.url);
  const html = htmlPage([
    `<strong>${escapeHtml(inviter)}</strong> invited you to join <strong>${escapeHtml(website)}</strong> (${escapeHtml(domain)}) on Keyward as a ${escapeHtml(role)}.`,
    `<a href="${url}">Accept the invitation</a> (sign in or create an account with this email address).`,
    `Or open this link: <br>${url}`,
    `The link works once and expires on ${escapeHtml(expires)}.<br>If you were not expecting this invitation, you can ignore this email.`,
  ]);
  return { subject, text, html };
}
