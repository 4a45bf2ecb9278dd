import { expect, type Page } from "@playwright/test";
import { parseMail, type ReceivedMail } from "../test/smtp-sink";

// The e2e server mails through the SMTP sink e2e/serve.mjs starts; tests read it over HTTP.

const port = Number(process.env.E2E_PORT ?? 3100);
const MAILBOX = `http://127.0.0.1:${port + 2000}/messages`;

export type Mail = ReturnType<typeof parseMail>;

/** Every mail the sink received for `email`, oldest first. */
export async function mailsTo(email: string): Promise<Mail[]> {
  const response = await fetch(MAILBOX);
  const all = (await response.json()) as ReceivedMail[];
  return all.filter((mail) => mail.to.includes(`<${email}>`)).map((mail) => parseMail(mail.data));
}

/** Waits for a mail to `email` whose subject matches, and returns the link it carries to `path`. */
export async function mailedLink(email: string, subject: RegExp, path: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const mail = (await mailsTo(email)).filter((m) => subject.test(m.subject)).at(-1);
        link = mail?.text.match(new RegExp(`https?://\\S+/${path}/[0-9A-Za-z]{43}`))?.[0];
        return link;
      },
      { message: `a mail to ${email} with a /${path}/ link` },
    )
    .toBeTruthy();
  return link!;
}

/** Opens the verification link mailed to `email` and confirms it; the page says so. */
export async function verifyEmailViaMail(page: Page, email: string): Promise<void> {
  const link = await mailedLink(email, /^Confirm your email address/, "verify-email");
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Email address verified" })).toBeVisible();
}
