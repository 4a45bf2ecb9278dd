import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Env } from "@/lib/env";
import { asSession, makeTeam, uniqueSuffix } from "@/test/factories";
import { parseMail } from "@/test/smtp-sink";
import { smtpSinksForFile } from "@/test/smtp-sinks-for-file";
import { deliverInvitation } from "./deliver-invitation";
import { inviteMember } from "./invite-member";
import { listInvitations } from "./list-invitations";
import { resendInvitation } from "./resend-invitation";

// The configuration deliverInvitation reads, switched per test.
const config = vi.hoisted(() => ({
  nodeEnv: "production" as Env["nodeEnv"],
  smtp: undefined as Env["smtp"],
}));
vi.mock("@/lib/env", () => ({ env: () => config }));

const FROM = "Keyward <keys@keyward.test>";
const sinks = smtpSinksForFile();

/** A team whose owner and website carry markup in their names, and a fresh invitation. */
async function invitedTeam() {
  const { owner, website } = await makeTeam();
  await db().user.update({ where: { id: owner.id }, data: { name: `Olivia <b>"&'</b>` } });
  await db().website.update({ where: { id: website._id }, data: { name: "<script>alert(1)</script> & Co" } });
  const email = `invitee-${uniqueSuffix()}@example.test`;
  const issued = await inviteMember(asSession(owner.id), website._id, { email, role: "viewer" });
  const url = `https://keys.example.test/invite/${issued.token}`;
  return { owner, website, email, issued, url };
}

describe("invitation email over SMTP (#6)", () => {
  it("sends the invitation to the invitee: website, role, inviter, link and expiry, escaped in HTML", async () => {
    config.smtp = { url: sinks.accepting.url, from: FROM };
    const { website, email, issued, url } = await invitedTeam();
    await expect(deliverInvitation(website._id, issued.invitation, url)).resolves.toBe("email");

    const mail = sinks.accepting.received.find((message) => message.to.includes(`<${email}>`));
    expect(mail).toBeDefined();
    expect(mail?.from).toBe("<keys@keyward.test>");
    const { headers, subject, text, html } = parseMail(mail?.data ?? "");
    expect(headers).toMatch(/^To: invitee-[0-9a-f]+@example\.test$/m);
    expect(subject).toBe(`Olivia <b>"&'</b> invited you to ${website.domain} on Keyward`);

    expect(text).toContain(url);
    expect(text).toContain(website.domain);
    expect(text).toContain("as a viewer");
    expect(text).toContain(`Olivia <b>"&'</b>`);
    expect(text).toContain(`expires on ${issued.invitation.expiresAt.slice(0, 16).replace("T", " ")} UTC`);

    expect(html).toContain(`<a href="${url}">`);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    expect(html).toContain("Olivia &lt;b&gt;&quot;&amp;&#39;&lt;/b&gt;");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
  });

  it("a failing mail server never loses the invitation: the owner is told, the link still works, resend sends again", async () => {
    config.smtp = { url: sinks.refusing.url, from: FROM };
    const { owner, website, email, issued, url } = await invitedTeam();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(deliverInvitation(website._id, issued.invitation, url)).resolves.toBe("email-failed");
    const pending = await listInvitations(asSession(owner.id), website._id);
    expect(pending.map((invitation) => invitation.email)).toContain(email);

    config.smtp = { url: sinks.accepting.url, from: FROM };
    const again = await resendInvitation(asSession(owner.id), {
      websiteId: website._id,
      invitationId: issued.invitation._id,
    });
    const newUrl = `https://keys.example.test/invite/${again.token}`;
    await expect(deliverInvitation(website._id, again.invitation, newUrl)).resolves.toBe("email");
    const mails = sinks.accepting.received.filter((message) => message.to.includes(`<${email}>`));
    expect(mails).toHaveLength(1);
    expect(parseMail(mails[0]?.data ?? "").text).toContain(newUrl);
  });

  it("an unreachable mail server is a failed send too, and the log never holds the link", async () => {
    config.smtp = { url: "smtp://127.0.0.1:1", from: FROM };
    const { website, issued, url } = await invitedTeam();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(deliverInvitation(website._id, issued.invitation, url)).resolves.toBe("email-failed");
    expect(logged).toHaveBeenCalled();
    expect(JSON.stringify(logged.mock.calls)).not.toContain(issued.token);
  });

  it("without SMTP, the link is logged in development only and nothing is sent", async () => {
    config.smtp = undefined;
    const { website, issued, url } = await invitedTeam();
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    config.nodeEnv = "production";
    await expect(deliverInvitation(website._id, issued.invitation, url)).resolves.toBe("none");
    expect(info).not.toHaveBeenCalled();
    config.nodeEnv = "development";
    await expect(deliverInvitation(website._id, issued.invitation, url)).resolves.toBe("server-log");
    expect(info).toHaveBeenCalledWith(expect.stringContaining(url));
    config.nodeEnv = "production";
  });
});
