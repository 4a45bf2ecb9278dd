import { describe, expect, it } from "vitest";
import { refusalFeed, seesRequestDetails } from "./activity";

describe("activity rules", () => {
  it("S93 refusals land in a website's feed only for actors with a place there", () => {
    expect(refusalFeed({ role: null, ownKey: false })).toBe("account");
    expect(refusalFeed({ role: "viewer", ownKey: false })).toBe("website");
    expect(refusalFeed({ role: "member", ownKey: false })).toBe("website");
    expect(refusalFeed({ role: null, ownKey: true })).toBe("website");
  });

  it("request details (IP, user agent) in a website's feed are the owner's only", () => {
    expect(seesRequestDetails("owner")).toBe(true);
    for (const role of ["member", "viewer", null] as const) expect(seesRequestDetails(role)).toBe(false);
  });
});
