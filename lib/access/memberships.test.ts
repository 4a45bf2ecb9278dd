import { describe, expect, it } from "vitest";
import { membershipIndex, type MembershipFact } from "./memberships";

const fact = (websiteId: string, role: string, websiteName = `${websiteId}.example`) =>
  ({ websiteId, websiteName, role }) as MembershipFact;

describe("membershipIndex", () => {
  it.each([
    { facts: [fact("a", "owner"), fact("b", "viewer")], expected: { a: "owner", b: "viewer" } },
    { facts: [fact("a", "owner"), fact("a", "viewer")], expected: { a: "viewer" } },
    { facts: [fact("a", "viewer"), fact("a", "owner")], expected: { a: "viewer" } },
    { facts: [fact("a", "member"), fact("a", "owner")], expected: { a: "member" } },
    { facts: [fact("a", "admin"), fact("b", "Owner"), fact("", "owner")], expected: {} },
    { facts: [null, 42, { websiteId: "a" }] as unknown as MembershipFact[], expected: {} },
    { facts: "a" as unknown as MembershipFact[], expected: {} },
  ])("$facts → $expected (malformed dropped, weaker role wins)", ({ facts, expected }) => {
    const index = membershipIndex(facts);
    expect(Object.fromEntries([...index].map(([id, m]) => [id, m.role]))).toEqual(expected);
  });
});
