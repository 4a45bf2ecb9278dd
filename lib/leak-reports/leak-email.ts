import "server-only";
import { escapeHtml, htmlPage, oneLine, type Email } from "@/lib/mail/compose";

export type LeakEmailFacts = { name: string; displayKey: string; url: string; alsoRevoked: number };

/** Tells a person that a secret was found public and revoked; every value escaped in HTML. */
export function leakEmail(facts: LeakEmailFacts): Email {
  const name = oneLine(facts.name);
  const url = oneLine(facts.url);
  const lines = [
    `The Keyward secret "${name}" (${facts.displayKey}) was found public at ${url} and has been revoked.`,
    facts.alsoRevoked > 0
      ? `${facts.alsoRevoked} credential${facts.alsoRevoked === 1 ? "" : "s"} made with it ${facts.alsoRevoked === 1 ? "was" : "were"} revoked too.`
      : "",
    "Create a new one where it is needed, and remove the old one from where it was published.",
  ].filter(Boolean);
  return {
    subject: `Keyward secret "${name}" revoked: found public`,
    text: lines.join("\n\n"),
    html: htmlPage(lines.map(escapeHtml)),
  };
}
