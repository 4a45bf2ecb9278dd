import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "./permissions";
import { roleChangeImpact, type TokenFact } from "./role-change-impact";

const TOKENS: TokenFact[] = [
  { id: "t-star", name: "CI", permissions: ["*"], websiteIds: "all" },
  { id: "t-read", name: "Dashboard", permissions: ["analytics:read"], websiteIds: "all" },
  { id: "t-funnels-a", name: "Funnels A", permissions: ["funnels:write", "funnels:read"], websiteIds: ["A"] },
  { id: "t-funnels-b", name: "Funnels B", permissions: ["funnels:write"], websiteIds: ["B"] },
];
const WRITES = PERMISSIONS.filter((p) => p.endsWith(":write"));

describe("roleChangeImpact", () => {
  it.each([
    {
      change: "member → viewer",
      from: "member",
      to: "viewer",
      expected: [
        { tokenId: "t-star", name: "CI", lost: WRITES },
        { tokenId: "t-funnels-a", name: "Funnels A", lost: ["funnels:write"] },
      ],
    },
    {
      change: "member → removed",
      from: "member",
      to: null,
      expected: [
        { tokenId: "t-star", name: "CI", lost: [...PERMISSIONS] },
        { tokenId: "t-read", name: "Dashboard", lost: ["analytics:read"] },
        { tokenId: "t-funnels-a", name: "Funnels A", lost: ["funnels:read", "funnels:write"] },
      ],
    },
    { change: "viewer → member (gains only)", from: "viewer", to: "member", expected: [] },
    { change: "viewer → viewer", from: "viewer", to: "viewer", expected: [] },
    // Owner-only acts are not permissions; ownership transfer warns about those separately.
    { change: "owner → member", from: "owner", to: "member", expected: [] },
  ] as const)("$change on A", ({ from, to, expected }) => {
    expect(roleChangeImpact(TOKENS, "A", from, to)).toEqual(expected);
  });

  it("ignores tokens whose allow-list excludes the website", () => {
    expect(roleChangeImpact(TOKENS, "B", "member", "viewer").map((t) => t.tokenId)).toEqual([
      "t-star",
      "t-funnels-b",
    ]);
  });

  it.each([
    { why: "an empty website id", tokens: TOKENS, websiteId: "" },
    { why: "no tokens", tokens: [], websiteId: "A" },
    { why: "a token list that is not a list", tokens: "t-star" as unknown as TokenFact[], websiteId: "A" },
  ])("reports nothing for $why", ({ tokens, websiteId }) => {
    expect(roleChangeImpact(tokens, websiteId, "member", null)).toEqual([]);
  });
});
