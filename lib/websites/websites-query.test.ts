import { describe, expect, it } from "vitest";
import { websitesHref, websitesQueryFrom } from "./websites-query";

describe("websitesQueryFrom", () => {
  it("reads the search and page", () => {
    expect(websitesQueryFrom({ q: "  shop ", page: "3" })).toEqual({ query: "shop", page: 3 });
  });

  it("falls back to the first page of everything on malformed values", () => {
    expect(websitesQueryFrom({})).toEqual({ query: "", page: 1 });
    expect(websitesQueryFrom({ q: ["a", "b"], page: ["2", "3"] })).toEqual({ query: "", page: 1 });
    expect(websitesQueryFrom({ page: "0" })).toEqual({ query: "", page: 1 });
    expect(websitesQueryFrom({ page: "2.5" })).toEqual({ query: "", page: 1 });
    expect(websitesQueryFrom({ page: "abc" })).toEqual({ query: "", page: 1 });
    expect(websitesQueryFrom({ q: "x".repeat(101) })).toEqual({ query: "", page: 1 });
  });
});

describe("websitesHref", () => {
  it("leaves out the defaults and encodes the search", () => {
    expect(websitesHref({ query: "", page: 1 })).toBe("/");
    expect(websitesHref({ query: "a&b", page: 2 })).toBe("/?q=a%26b&page=2");
    expect(websitesHref({ query: "", page: 4 })).toBe("/?page=4");
  });
});
