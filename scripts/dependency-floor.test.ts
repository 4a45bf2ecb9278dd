import { describe, expect, it } from "vitest";
import { compareVersions, FLOORS, floorViolations } from "./dependency-floor";

const lockWith = (versions: Record<string, string>) => ({
  packages: Object.fromEntries(
    Object.entries(versions).map(([name, version]) => [`node_modules/${name}`, { version }]),
  ),
});

describe("dependency floor check", () => {
  it.each([
    ["16.3.8", "16.3.8", 0],
    ["16.3.10", "16.3.8", 1],
    ["16.3.7", "16.3.8", -1],
    ["16.4.0-canary.3", "16.4.0", -1],
    ["17.0.0", "16.9.9", 1],
    ["19.2.8", "19.10.0", -1],
  ])("compares %s with %s", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });

  it("accepts the lockfile at or above every floor", () => {
    expect(floorViolations(lockWith(FLOORS))).toEqual([]);
  });

  it("names each dependency below its floor or missing", () => {
    const lock = lockWith({ next: "16.3.7", react: "19.2.8", "react-dom": "19.1.0" });
    expect(floorViolations(lock)).toEqual([
      "next: 16.3.7 is below the floor 16.3.8",
      "react-dom: 19.1.0 is below the floor 19.2.8",
      "next-auth: not in the lockfile",
    ]);
  });
});
