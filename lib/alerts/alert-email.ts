import "server-only";
import { escapeHtml, htmlPage, oneLine, type Email } from "@/lib/mail/compose";

export type AlertEmailFacts = {
  subject: string | null;
  message: string;
  goalName: string;
  visitorId: string;
  websiteDomain: string;
};

/** A goal alert's email: the owner's subject and message, then what fired it; every value escaped in HTML. */
export function alertEmail(facts: AlertEmailFacts): Email {
  const domain = oneLine(facts.websiteDomain);
  const visitor = oneLine(facts.visitorId);
  // DataFast's standard subject when the alert has none.
  const subject = oneLine(facts.subject ?? `New "${facts.goalName}" on ${domain}`);
  const fired = `Goal "${facts.goalName}" on ${domain}, visitor ${visitor}.`;
  const text = [facts.message, "", "—", fired].join("\n");
  const html = htmlPage([
    ...facts.message.split(/\r?\n\r?\n/).map((paragraph) => escapeHtml(paragraph).replace(/\r?\n/g, "<br>")),
    `<small>${escapeHtml(fired)}</small>`,
  ]);
  return { subject, text, html };
}
