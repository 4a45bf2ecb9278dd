import { describe, expect, it } from "vitest";
import {
  admittingRule,
  allowedIpsSchema,
  allowListEntries,
  allowListRefusal,
  MAX_ALLOWED_IPS,
  previewAllowList,
} from "./ip-allow-list";

describe("IP allow-lists", () => {
  it("stores entries canonical: network address and prefix, single addresses as /32 or /128", () => {
    expect(
      allowedIpsSchema.parse(["203.0.113.77/24", "198.51.100.7", "2001:DB8:0:0::1/32", "::ffff:192.0.2.1"]),
    ).toEqual(["203.0.113.0/24", "198.51.100.7/32", "2001:db8::/32", "192.0.2.1/32"]);
    expect(allowedIpsSchema.parse(["10.0.0.0/8", "10.1.2.3/8"])).toEqual(["10.0.0.0/8"]);
    expect(allowedIpsSchema.parse(["::ffff:10.0.0.0/104"])).toEqual(["10.0.0.0/8"]);
  });

  it("refuses what is not a range, and more than the limit", () => {
    expect(allowedIpsSchema.safeParse(["203.0.113.0/33"]).success).toBe(false);
    expect(allowedIpsSchema.safeParse(["example.com"]).success).toBe(false);
    expect(allowedIpsSchema.safeParse(["1.2.3"]).success).toBe(false);
    const many = Array.from({ length: MAX_ALLOWED_IPS + 1 }, (_, i) => `10.0.${i}.0/24`);
    expect(allowedIpsSchema.safeParse(many).error?.issues[0]?.message).toMatch(/at most 20/);
    expect(allowedIpsSchema.safeParse(many.slice(1)).success).toBe(true);
  });

  it("admits addresses inside a range of the same family only; an empty list admits any", () => {
    const list = allowedIpsSchema.parse(["203.0.113.0/24", "2001:db8::/32"]);
    expect(admittingRule(list, "203.0.113.200")).toBe("203.0.113.0/24");
    expect(admittingRule(list, "2001:db8:5::9")).toBe("2001:db8::/32");
    expect(admittingRule(list, "203.0.114.1")).toBeNull();
    expect(admittingRule(list, "2001:db9::1")).toBeNull();
    expect(admittingRule(list, null)).toBeNull();
    expect(admittingRule(list, "not an address")).toBeNull();
    expect(admittingRule([], "198.51.100.1")).toBe("any");
  });

  it("S99 reads an IPv4-mapped IPv6 client as its IPv4 address", () => {
    expect(admittingRule(["203.0.113.0/24"], "::ffff:203.0.113.9")).toBe("203.0.113.0/24");
    expect(admittingRule(["203.0.113.0/24"], "::ffff:198.51.100.9")).toBeNull();
  });

  it("names the list and the address in the refusal", () => {
    expect(allowListRefusal(["203.0.113.0/24"], "198.51.100.4")).toBe(
      "This API key may only be used from its IP allow-list (203.0.113.0/24); the request came from 198.51.100.4.",
    );
    expect(allowListRefusal(["203.0.113.0/24"], "203.0.113.4")).toBeNull();
  });

  it("previews which recent addresses a list would block", () => {
    expect(previewAllowList(["203.0.113.0/24"], ["203.0.113.5", "198.51.100.1", "203.0.113.5"])).toEqual([
      { ip: "203.0.113.5", allowed: true },
      { ip: "198.51.100.1", allowed: false },
    ]);
    expect(allowListEntries(" 10.0.0.0/8,\n2001:db8::/32  1.2.3.4 ")).toEqual([
      "10.0.0.0/8",
      "2001:db8::/32",
      "1.2.3.4",
    ]);
  });
});
