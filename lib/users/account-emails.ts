import "server-only";
import { escapeHtml, formatExpiry, htmlPage, type Email } from "@/lib/mail/compose";

// The emails about a person's own account. Each carries one link (built from the public URL) and
// says what to do when the reader did not ask for it.

function linkEmail(subject: string, lead: string, action: string, url: string, footer: string[]): Email {
  const text = [lead, "", `${action}:`, url, "", ...footer].join("\n");
  const html = htmlPage([
    escapeHtml(lead),
    `<a href="${escapeHtml(url)}">${escapeHtml(action)}</a>`,
    `Or open this link: <br>${escapeHtml(url)}`,
    footer.map(escapeHtml).join("<br>"),
  ]);
  return { subject, text, html };
}

export function verificationEmail(url: string, expiresAt: Date): Email {
  return linkEmail(
    "Confirm your email address for Keyward",
    "Confirm that this is your email address, so that you can join the websites you are invited to.",
    "Confirm your email address",
    url,
    [
      `The link works once and expires on ${formatExpiry(expiresAt)}.`,
      "If you did not create a Keyward account, you can ignore this email.",
    ],
  );
}

export function passwordResetEmail(url: string, expiresAt: Date): Email {
  return linkEmail(
    "Reset your Keyward password",
    "Someone (hopefully you) asked to reset the password of the Keyward account of this email address.",
    "Choose a new password",
    url,
    [
      `The link works once and expires on ${formatExpiry(expiresAt)}.`,
      "If you did not ask for it, ignore this email: your password stays as it is.",
    ],
  );
}

/** To the owner of an address someone tried to sign up with again (sign-up never says it is taken). */
export function accountExistsEmail(resetUrl: string): Email {
  return linkEmail(
    "Someone tried to create a Keyward account with your email address",
    "Someone tried to create a Keyward account with this email address, which already has one. Nothing was changed.",
    "Forgot your password? Reset it",
    resetUrl,
    ["If it was you, sign in with your password instead. If it was not you, you can ignore this email."],
  );
}
