import "server-only";
import { ROLE_LABEL, type Role } from "@/lib/access";

export type InvitationEmailFacts = {
  websiteName: string;
  websiteDomain: string;
  role: Role;
  inviterName: string;
  url: string;
  expiresAt: Date;
};

export type InvitationEmail = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Names are people's input: no control, bidi or line characters reach a header or a line of text. */
function oneLine(value: string): string {
  return value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, " ").trim();
}

function formatExpiry(expiresAt: Date): string {
  return `${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** The invitation email: plain text and a simple HTML version, every person-supplied value escaped. */
export function invitationEmail(facts: InvitationEmailFacts): InvitationEmail {
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
  const html = [
    "<!doctype html>",
    '<html><body style="font-family: sans-serif; line-height: 1.5">',
    `<p><strong>${escapeHtml(inviter)}</strong> invited you to join <strong>${escapeHtml(website)}</strong> (${escapeHtml(domain)}) on Keyward as a ${escapeHtml(role)}.</p>`,
    `<p><a href="${url}">Accept the invitation</a> (sign in or create an account with this email address).</p>`,
    `<p>Or open this link: <br>${url}</p>`,
    `<p>The link works once and expires on ${escapeHtml(expires)}.<br>If you were not expecting this invitation, you can ignore this email.</p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
