import { describe, expect, it } from "vitest";
import * as apikeysRoute from "@/app/api/v1/admin/websites/[websiteId]/apikeys/route";
import * as teamRoute from "@/app/api/v1/admin/websites/[websiteId]/team/route";
import * as websiteRoute from "@/app/api/v1/admin/websites/[websiteId]/route";
import { listAccountActivity } from "@/lib/audit/list-account-activity";
import { listWebsiteActivity } from "@/lib/audit/list-website-activity";
import { asSession, makeAccountToken, makePerson, makeTeam, makeWebsiteKey } from "@/test/factories";
import { call } from "@/test/http";

// S93: a website's activity belongs to its people. An outsider's refusals stay on the outsider's
// own account activity; request details in the website's feed are for its owner.

const CHOSEN_NAME = "Keyward Support – rotate keys at evil.example";

describe("S93 activity belongs to the website's people", () => {
  it("S93 an outsider with a chosen display name calling a website's routes repeatedly writes nothing into its feed", async () => {
    const { owner, viewer, website } = await makeTeam();
    const outsider = await makePerson({ name: CHOSEN_NAME });
    const { key } = await makeAccountToken(outsider.id);
    const params = { websiteId: website._id };
    const path = `/api/v1/admin/websites/${website._id}`;
    for (let round = 0; round < 3; round++) {
      expect((await call(websiteRoute.GET, { path, params, secret: key })).status).toBe(403);
      expect((await call(teamRoute.GET, { path: `${path}/team`, params, secret: key })).status).toBe(403);
      const create = await call(apikeysRoute.POST, {
        method: "POST",
        path: `${path}/apikeys`,
        params,
        secret: key,
        body: { name: CHOSEN_NAME },
      });
      expect(create.status).toBe(403);
    }
    const feed = await listWebsiteActivity(asSession(owner.id), website._id);
    expect(feed.items.filter((item) => item.action === "access.denied")).toEqual([]);
    expect(JSON.stringify(feed)).not.toContain("evil.example");

    // The outsider's own account activity keeps the record, naming the website tried.
    const own = await listAccountActivity(asSession(outsider.id));
    const denied = own.items.filter((item) => item.action === "access.denied");
    expect(denied.length).toBeGreaterThanOrEqual(3);
    expect(denied.every((item) => item.website === null)).toBe(true);

    // Someone with a place there is still recorded in the website's feed.
    const viewerToken = await makeAccountToken(viewer.id);
    const refused = await call(apikeysRoute.POST, {
      method: "POST",
      path: `${path}/apikeys`,
      params,
      secret: viewerToken.key,
      body: { name: "viewer tries" },
    });
    expect(refused.status).toBe(403);
    const after = await listWebsiteActivity(asSession(owner.id), website._id, { action: "access.denied" });
    expect(after.items.map((item) => item.actor._id)).toEqual([viewer.id]);
  });

  it("IP addresses and user agents in a website's feed are shown to its owner only", async () => {
    const { owner, member, viewer, website } = await makeTeam();
    await makeWebsiteKey(website._id, owner.id);
    const ownerView = await listWebsiteActivity(asSession(owner.id), website._id);
    expect(ownerView.items.length).toBeGreaterThan(0);
    expect(ownerView.items.some((item) => item.ip !== null && item.userAgent !== null)).toBe(true);
    for (const reader of [member, viewer]) {
      const view = await listWebsiteActivity(asSession(reader.id), website._id);
      expect(view.items.length).toBe(ownerView.items.length);
      expect(view.items.every((item) => item.ip === null && item.userAgent === null)).toBe(true);
    }
  });
});
