import { describe, expect, it } from "vitest";
import { withinCaller, type Bounds } from "./bounds";
import type { Grant } from "./permissions";
import { EMPTY_SCOPE_MESSAGE } from "./principal";

// S18's caller: a token with api-keys:write and analytics:read, allow-listed to A and B.
const NARROW: Bounds = { permissions: ["api-keys:write", "analytics:read"], websiteIds: ["A", "B"] };
const STAR_ALL: Bounds = { permissions: ["*"], websiteIds: "all" };
const STAR_A: Bounds = { permissions: ["*"], websiteIds: ["A"] };
const READ_ALL: Bounds = { permissions: ["analytics:read"], websiteIds: "all" };

type Request = { permissions: Grant[]; websiteIds: string[] | "all" };
const req = (permissions: string[], websiteIds: string[] | "all"): Request =>
  ({ permissions, websiteIds }) as Request;

describe("withinCaller", () => {
  it.each([
    {
      why: '"*"',
      caller: NARROW,
      request: req(["*"], ["A"]),
      message: `The calling token can't grant "*" (full access): it does not hold it.`,
    },
    {
      why: "team:write",
      caller: NARROW,
      request: req(["team:write"], ["A"]),
      message: `The calling token can't grant "team:write": it does not hold it.`,
    },
    {
      why: "one extra permission",
      caller: NARROW,
      request: req(["analytics:read", "goals:read"], ["A"]),
      message: `The calling token can't grant "goals:read": it does not hold it.`,
    },
    {
      why: "a wider website list",
      caller: NARROW,
      request: req(["analytics:read"], ["A", "C"]),
      message: `The calling token can't grant website "C": it is outside its own scope.`,
    },
    {
      why: "all websites",
      caller: NARROW,
      request: req(["analytics:read"], "all"),
      message: "The calling token is limited to selected websites, so it can't grant all websites.",
    },
  ])("S18 a narrow token cannot mint a token with $why", ({ caller, request, message }) => {
    expect(withinCaller(caller, request)).toEqual({ ok: false, message });
  });

  it.each([
    {
      why: "the same bounds",
      caller: NARROW,
      request: req(["api-keys:write", "analytics:read"], ["A", "B"]),
    },
    { why: "a subset", caller: NARROW, request: req(["analytics:read"], ["B"]) },
    { why: '"*" from "*"', caller: STAR_ALL, request: req(["*"], "all") },
    { why: 'anything from an unrestricted "*"', caller: STAR_ALL, request: req(["team:write"], ["Z"]) },
    { why: 'its own website from an allow-listed "*"', caller: STAR_A, request: req(["*"], ["A"]) },
    {
      why: "all websites from an unrestricted token",
      caller: READ_ALL,
      request: req(["analytics:read"], "all"),
    },
  ])("allows $why", ({ caller, request }) => {
    expect(withinCaller(caller, request)).toEqual({ ok: true });
  });

  it.each([
    {
      why: 'an allow-listed "*" granting all websites',
      caller: STAR_A,
      request: req(["*"], "all"),
      message: "The calling token is limited to selected websites, so it can't grant all websites.",
    },
    {
      why: 'an allow-listed "*" granting another website',
      caller: STAR_A,
      request: req(["analytics:read"], ["B"]),
      message: `The calling token can't grant website "B": it is outside its own scope.`,
    },
    {
      why: 'an explicit 18-permission caller granting "*"',
      caller: {
        permissions: [
          "analytics:read",
          "goals:read",
          "goals:write",
          "payments:read",
          "payments:write",
          "identify:write",
          "websites:read",
          "websites:write",
          "settings:read",
          "settings:write",
          "funnels:read",
          "funnels:write",
          "alerts:read",
          "alerts:write",
          "team:read",
          "team:write",
          "api-keys:read",
          "api-keys:write",
        ],
        websiteIds: "all",
      } as Bounds,
      request: req(["*"], "all"),
      message: `The calling token can't grant "*" (full access): it does not hold it.`,
    },
    {
      why: "an empty requested allow-list, even from an unrestricted caller",
      caller: STAR_ALL,
      request: req(["analytics:read"], []),
      message: EMPTY_SCOPE_MESSAGE,
    },
    {
      why: "a caller whose allow-list is empty",
      caller: { permissions: ["*"], websiteIds: [] } as Bounds,
      request: req(["analytics:read"], ["A"]),
      message: `The calling token can't grant website "A": it is outside its own scope.`,
    },
    {
      why: 'a caller scope that is not exactly "all"',
      caller: { permissions: ["*"], websiteIds: "ALL" } as unknown as Bounds,
      request: req(["analytics:read"], "all"),
      message: "The calling token is limited to selected websites, so it can't grant all websites.",
    },
    {
      why: "a caller holding only non-canonical grants",
      caller: { permissions: ["*:*", "Analytics:Read"], websiteIds: "all" } as unknown as Bounds,
      request: req(["analytics:read"], "all"),
      message: `The calling token can't grant "analytics:read": it does not hold it.`,
    },
    {
      why: "a non-string website id",
      caller: STAR_ALL,
      request: { permissions: ["*"], websiteIds: [7] } as unknown as Request,
      message: "Website ids must be strings.",
    },
  ])("S18 refuses $why", ({ caller, request, message }) => {
    expect(withinCaller(caller, request)).toEqual({ ok: false, message });
  });

  it.each([
    { request: req(["Analytics:Read"], "all"), message: 'Unknown permission "Analytics:Read".' },
    { request: req(["*:*"], "all"), message: 'Unknown permission "*:*".' },
    {
      request: req(["analytics:read", "analytics:read"], "all"),
      message: 'Duplicate permission "analytics:read".',
    },
    { request: req([], "all"), message: "Choose at least one permission." },
    {
      request: req(
        Array.from({ length: 500 }, () => "*"),
        "all",
      ),
      message: "Too many permissions: 500 entries, at most 19.",
    },
  ])('S21 even a "*" caller cannot pass a malformed list: $message', ({ request, message }) => {
    expect(withinCaller(STAR_ALL, request)).toEqual({ ok: false, message });
  });
});
