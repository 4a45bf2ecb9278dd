import { afterEach, describe, expect, it, vi } from "vitest";
import * as teamRoute from "@/app/api/v1/admin/websites/[websiteId]/team/route";
import { makeAccountToken, makeTeam } from "@/test/factories";
import { call } from "@/test/http";

// S92: invitation links come from configuration (KEYWARD_URL; in development
// http://localhost:PORT), whatever Host or X-Forwarded-* headers the request carried. The
// dashboard's action adapter reads the stubbed request headers and session below.

const request = vi.hoisted(() => ({ userId: "", headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/session", () => ({
  currentUser: async () => ({
    id: request.userId,
    email: "owner@example.test",
    name: "Owner",
    authenticatedAt: new Date(),
  }),
}));
const { inviteMemberAction, resendInvitationAction } = await import("@/lib/actions/team");

const FORGED = {
  host: "evil.example",
  origin: "http://evil.example",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  forwarded: "host=evil.example;proto=https",
};

const envCache = globalThis as typeof globalThis & { __keywardEnv?: unknown };

function deployAt(publicUrl: string | undefined): void {
  vi.stubEnv("KEYWARD_URL", publicUrl);
  envCache.__keywardEnv = undefined;
}

afterEach(() => {
  vi.unstubAllEnvs();
  envCache.__keywardEnv = undefined;
});

describe("S92 links use the configured public URL", () => {
  it.each([
    ["KEYWARD_URL set", "https://keys.example.com", "https://keys.example.com/invite/"],
    ["development default", undefined, "http://localhost:3000/invite/"],
  ])("S92 REST invitation with a forged Host header (%s)", async (_label, configured, prefix) => {
    deployAt(configured);
    const { owner, website } = await makeTeam();
    const { key } = await makeAccountToken(owner.id);
    const invite = await call(teamRoute.POST, {
      method: "POST",
      path: `/api/v1/admin/websites/${website._id}/team`,
      params: { websiteId: website._id },
      secret: key,
      headers: FORGED,
      body: { email: "invitee@example.test", role: "viewer" },
    });
    expect(invite.status).toBe(200);
    const { inviteUrl } = invite.json.data?.[0] as { inviteUrl: string };
    expect(inviteUrl.startsWith(prefix)).toBe(true);
    expect(inviteUrl).not.toContain("evil.example");
  });

  it("S92 dashboard invite and resend with a forged Host header", async () => {
    deployAt("https://keys.example.com");
    const { owner, website } = await makeTeam();
    request.userId = owner.id;
    request.headers = new Headers({ ...FORGED, "x-forwarded-for": "198.51.100.9" });
    const invited = await inviteMemberAction({
      websiteId: website._id,
      email: "someone-new@example.test",
      role: "member",
    });
    if (!invited.ok) throw new Error(invited.error.message);
    expect(invited.data.url).toMatch(/^https:\/\/keys\.example\.com\/invite\/[0-9A-Za-z]{43}$/);
    const resent = await resendInvitationAction({
      websiteId: website._id,
      invitationId: invited.data.invitation._id,
    });
    if (!resent.ok) throw new Error(resent.error.message);
    expect(resent.data.url).toMatch(/^https:\/\/keys\.example\.com\/invite\/[0-9A-Za-z]{43}$/);
  });
});
