import { describe, expect, it } from "vitest";
import {
  goalNameSchema,
  listLimitSchema,
  metadataFromJson,
  metadataSchema,
  visitorIdSchema,
} from "./schemas";

describe("goal names (DataFast's normalisation)", () => {
  it.each([
    ["Newsletter Signup", "newsletter_signup"],
    ["  checkout:completed ", "checkout:completed"],
    ["a  b", "a_b"],
    ["plan-pro_2", "plan-pro_2"],
  ])("%j → %j", (input, output) => expect(goalNameSchema.parse(input)).toBe(output));

  it.each(["", " ", "identify", "IDENTIFY", "a\nb", "a\tb", "<b>", "é", "n".repeat(65), "a/b"])(
    "refuses %j",
    (input) => {
      expect(goalNameSchema.safeParse(input).success).toBe(false);
    },
  );

  it("parsing twice gives the same name (the domain re-parses what the route parsed)", () => {
    const once = goalNameSchema.parse("Big Win");
    expect(goalNameSchema.parse(once)).toBe(once);
  });
});

describe("metadata", () => {
  it("takes at most 10 lower-case keys with printable string values of ≤ 255", () => {
    expect(metadataSchema.parse({ plan: "pro", "utm-source": "x" })).toEqual({
      plan: "pro",
      "utm-source": "x",
    });
    expect(
      metadataSchema.safeParse(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, "v"])))
        .success,
    ).toBe(false);
    expect(metadataSchema.safeParse({ k: "v".repeat(256) }).success).toBe(false);
    expect(metadataSchema.safeParse({ k: "a\u0000b" }).success).toBe(false);
    expect(metadataSchema.safeParse({ K: "v" }).success).toBe(false);
    expect(metadataSchema.safeParse({ k: 1 }).success).toBe(false);
  });

  it.each([null, [], "x", 1, true])("refuses %j as metadata", (value) =>
    expect(metadataSchema.safeParse(value).success).toBe(false),
  );

  it("S57 refuses prototype keys instead of dropping or merging them", () => {
    expect(metadataSchema.safeParse(JSON.parse('{"__proto__":"x"}')).success).toBe(false);
    expect(metadataSchema.safeParse({ constructor: "x" }).success).toBe(false);
    expect(metadataSchema.safeParse({ prototype: "x" }).success).toBe(false);
  });

  it("reads back only string values from stored JSON", () => {
    expect(metadataFromJson({ a: "b", c: 1 })).toEqual({ a: "b" });
    expect(metadataFromJson(["a"])).toBeNull();
    expect(metadataFromJson(null)).toBeNull();
  });
});

describe("?limit=", () => {
  it.each([
    [undefined, 50],
    ["1", 1],
    ["100", 100],
    ["100000", 100],
    ["0", 1],
    ["-3", 1],
    ["+7", 7],
  ])("%j → %i", (input, limit) => expect(listLimitSchema.parse(input)).toBe(limit));

  it.each(["", "1.5", "1e3", "NaN", "ten", " 5"])("refuses %j", (input) =>
    expect(listLimitSchema.safeParse(input).success).toBe(false),
  );
});

describe("visitor ids", () => {
  it("are 1–255 printable characters, trimmed", () => {
    expect(visitorIdSchema.parse(" a3ab2331-989f ")).toBe("a3ab2331-989f");
    expect(visitorIdSchema.safeParse("v".repeat(256)).success).toBe(false);
    expect(visitorIdSchema.safeParse("a\u202Eb").success).toBe(false);
  });
});
