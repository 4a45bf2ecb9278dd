import { describe, expect, it } from "vitest";
import { teamHref, teamQueryFrom } from "./team-query";

describe("teamQueryFrom", () => {
  it("reads the members' search and page and the invitations' page", () => {
    expect(teamQueryFrom({ q: " nadia ", page: "3", invitations: "2" })).toEqual({
      query: "nadia",
      page: 3,
      invitationsPage: 2,
    });
  });

  it("drops malformed values", () => {
    expect(teamQueryFrom({ q: ["a", "b"], page: "0", invitations: "x" })).toEqual({
      query: "",
      page: 1,
      invitationsPage: 1,
    });
  });
});

describe("teamHref", () => {
  it("leaves out the defaults and encodes the search", () => {
    expect(teamHref("w1", { query: "", page: 1, invitationsPage: 1 })).toBe("/websites/w1/settings/team");
    expect(teamHref("w1", { query: "a&b", page: 2, invitationsPage: 3 })).toBe(
      "/websites/w1/settings/team?q=a%26b&page=2&invitations=3",
    );
  });
});
