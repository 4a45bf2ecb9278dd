import { generateKeyPairSync, sign } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/secret-scanning/reports/route";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { db } from "@/lib/db";
import { generateSecret } from "@/lib/secrets";
import { listKeyLeakNotices, listTokenLeakNotices } from "@/lib/leak-reports/leak-notices";
import { actorFor, asSession, makeAccountToken, makeTeam, makeWebsiteKey } from "@/test/factories";

// The emails a leak report sends, as deliverEmail would hand them to SMTP.
const sent = vi.hoisted(() => [] as { to: string; subject: string; text: string }[]);
vi.mock("@/lib/mail/deliver", () => ({
  deliverEmail: async (to: string, compose: () => { subject: string; text: string }) => {
    const { subject, text } = compose();
    sent.push({ to, subject, text });
    return "email";
  },
}));

const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
const forger = generateKeyPairSync("ec", { namedCurve: "P-256" });
const KEY_ID = "test-key-1";

function report(
  body: unknown,
  options: { signer?: typeof privateKey; keyId?: string | null; signature?: string } = {},
) {
  const raw = JSON.stringify(body);
  const signature =
    options.signature ?? sign("sha256", Buffer.from(raw), options.signer ?? privateKey).toString("base64");
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "github-public-key-signature": signature,
  };
  if (options.keyId !== null) headers["github-public-key-identifier"] = options.keyId ?? KEY_ID;
  return POST(
    new Request("http://keyward.test/api/v1/secret-scanning/reports", { method: "POST", headers, body: raw }),
  );
}

const match = (token: string) => ({
  token,
  type: "keyward_token",
  url: "https://github.com/acme/app/blob/main/.env",
  source: "content",
});

beforeEach(() => {
  sent.length = 0;
  process.env.KEYWARD_SECRET_SCANNING_KEYS = JSON.stringify({
    public_keys: [
      { key_identifier: KEY_ID, key: publicKey.export({ type: "spki", format: "pem" }), is_current: true },
    ],
  });
});
afterEach(() => {
  delete process.env.KEYWARD_SECRET_SCANNING_KEYS;
});

describe("leak reports (issue 20 point 6)", () => {
  it("S97 a forged, unsigned or unknown-key report is a 401, an unconfigured server a 400; nothing is revoked", async () => {
    const { owner } = await makeTeam();
    const { token, key } = await makeAccountToken(owner.id);
    const body = [match(key)];
    expect((await report(body, { signer: forger.privateKey })).status).toBe(401);
    expect((await report(body, { signature: "" })).status).toBe(401);
    expect((await report(body, { keyId: "other" })).status).toBe(401);
    expect((await report(body, { keyId: null })).status).toBe(401);
    delete process.env.KEYWARD_SECRET_SCANNING_KEYS;
    expect((await report(body)).status).toBe(400);
    expect((await db().accountToken.findUniqueOrThrow({ where: { id: token._id } })).revokedAt).toBeNull();
  });

  it("S98 revokes any tenant's live secret and what was made with it, audited with url and source; unknown ones ignored", async () => {
    const { owner, website } = await makeTeam();
    const other = await makeTeam();
    const { token, key } = await makeAccountToken(owner.id);
    const websiteKey = await makeWebsiteKey(other.website._id, other.owner.id);
    const unknown = generateSecret("account-token").raw;
    const reply = await report([match(key), match(websiteKey.secret), match(unknown), match("ghp_notours")]);
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual([
      { token_raw: key, token_type: "keyward_token", label: "true_positive" },
      { token_raw: websiteKey.secret, token_type: "keyward_token", label: "true_positive" },
      { token_raw: unknown, token_type: "keyward_token", label: "false_positive" },
      { token_raw: "ghp_notours", token_type: "keyward_token", label: "false_positive" },
    ]);
    expect(
      (await db().accountToken.findUniqueOrThrow({ where: { id: token._id } })).revokedAt,
    ).not.toBeNull();
    expect(
      (await db().websiteKey.findUniqueOrThrow({ where: { id: websiteKey.key._id } })).revokedAt,
    ).not.toBeNull();
    const leaked = await db().auditEvent.findMany({
      where: { action: "credential.leaked", targetId: { in: [token._id, websiteKey.key._id] } },
    });
    expect(leaked).toHaveLength(2);
    expect(leaked[0]?.metadata).toMatchObject({
      url: "https://github.com/acme/app/blob/main/.env",
      source: "content",
    });
    expect(website._id).toBeTruthy();
  });

  it("S98 emails the token's owner, the key's creator and its website's owner, and the lists show where it was found", async () => {
    const { owner, member, website } = await makeTeam();
    const parent = await makeAccountToken(member.id, { name: "CI deploy" });
    const child = await createAccountToken(await actorFor(parent.key), {
      name: "Minted",
      permissions: ["*"],
      websiteIds: [],
      expiresAt: null,
    });
    const websiteKey = await makeWebsiteKey(website._id, member.id, "Tracker");
    const url = "https://github.com/acme/app/blob/main/.env";
    expect((await report([match(parent.key), match(websiteKey.secret)])).status).toBe(200);

    for (const id of [parent.token._id, child.token._id]) {
      const row = await db().accountToken.findUniqueOrThrow({ where: { id } });
      expect(row.revokedAt).not.toBeNull();
      expect(row.leakUrl).toBe(url);
    }
    const notices = await listTokenLeakNotices(asSession(member.id));
    expect(notices.map((n) => n.name).sort()).toEqual(["CI deploy", "Minted"]);
    expect(await listKeyLeakNotices(asSession(owner.id), website._id)).toMatchObject([
      { name: "Tracker", leakUrl: url },
    ]);
    expect(await listTokenLeakNotices(asSession(owner.id))).toEqual([]);

    expect(sent.map((mail) => mail.to).sort()).toEqual([member.email, member.email, owner.email].sort());
    const tokenMail = sent.find((mail) => mail.subject.includes("CI deploy"));
    expect(tokenMail?.text).toContain(`found public at ${url}`);
    expect(tokenMail?.text).toContain("1 credential made with it was revoked too");
  });

  it("S98 a secret revoked before the report keeps no leak notice and sends no email", async () => {
    const { owner } = await makeTeam();
    const { token, key } = await makeAccountToken(owner.id);
    await db().accountToken.update({ where: { id: token._id }, data: { revokedAt: new Date(0) } });
    await report([match(key)]);
    expect((await db().accountToken.findUniqueOrThrow({ where: { id: token._id } })).leakUrl).toBeNull();
    expect(sent.filter((mail) => mail.to === owner.email)).toEqual([]);
  });
});
