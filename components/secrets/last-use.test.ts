import { describe, expect, it } from "vitest";
import { lastUseOf } from "./last-use";

const ROLLED = "2026-12-05T10:00:00.000Z";
const BEFORE = "2026-12-05T09:55:00.000Z";
const AFTER = "2026-12-05T10:02:00.000Z";
const LATER = "2026-12-05T10:05:00.000Z";

describe("lastUseOf: which secret a credential's last use was", () => {
  it.each([
    ["never used", { lastUsedAt: null, previousLastUsedAt: null, rolledAt: null }, { kind: "never" }],
    [
      "rolled, never used",
      { lastUsedAt: null, previousLastUsedAt: null, rolledAt: ROLLED },
      { kind: "never" },
    ],
    [
      "never rolled",
      { lastUsedAt: BEFORE, previousLastUsedAt: null, rolledAt: null },
      { kind: "only", at: BEFORE },
    ],
    [
      "rolled, only the old secret used (before the roll)",
      { lastUsedAt: BEFORE, previousLastUsedAt: BEFORE, rolledAt: ROLLED },
      { kind: "rolled", last: "old", at: BEFORE, other: null },
    ],
    [
      "the old secret used during the grace period, the new one not yet",
      { lastUsedAt: LATER, previousLastUsedAt: LATER, rolledAt: ROLLED },
      { kind: "rolled", last: "old", at: LATER, other: null },
    ],
    [
      "the new secret used after the old one",
      { lastUsedAt: LATER, previousLastUsedAt: AFTER, rolledAt: ROLLED },
      { kind: "rolled", last: "new", at: LATER, other: AFTER },
    ],
    [
      "the new secret used, the old one never",
      { lastUsedAt: AFTER, previousLastUsedAt: null, rolledAt: ROLLED },
      { kind: "rolled", last: "new", at: AFTER, other: null },
    ],
    [
      "a roll recorded before uses were told apart, nothing used since",
      { lastUsedAt: BEFORE, previousLastUsedAt: null, rolledAt: ROLLED },
      { kind: "rolled", last: "old", at: BEFORE, other: null },
    ],
  ])("%s", (_, usage, expected) => {
    expect(lastUseOf(usage)).toEqual(expected);
  });

  it("compares instants, not strings", () => {
    expect(
      lastUseOf({ lastUsedAt: "2026-12-05T10:05:00Z", previousLastUsedAt: LATER, rolledAt: ROLLED }),
    ).toMatchObject({ last: "old" });
  });
});
