// Fails when package-lock.json resolves a security-sensitive dependency below its floor: these
// floors are the first releases with fixes for known advisories (Next.js middleware bypass and RSC
// issues, React server-components issues) or the current release of next-auth.
// Usage: npx tsx scripts/dependency-floor.ts [path/to/package-lock.json]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const FLOORS: Record<string, string> = {
  next: "16.3.8",
  react: "19.2.8",
  "react-dom": "19.2.8",
  "next-auth": "4.24.15",
};

/** Compares dotted numeric versions; a prerelease (`1.2.3-rc.1`) sorts below its release. */
export function compareVersions(a: string, b: string): number {
  const [coreA = "", preA] = a.split("-", 2);
  const [coreB = "", preB] = b.split("-", 2);
  const partsA = coreA.split(".").map(Number);
  const partsB = coreB.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (Number.isNaN(diff)) throw new Error(`not a version: ${a} or ${b}`);
    if (diff !== 0) return Math.sign(diff);
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

type Lockfile = { packages?: Record<string, { version?: string }> };

/** Every problem with the lockfile against the floors; empty when it is fine. */
export function floorViolations(lock: Lockfile, floors = FLOORS): string[] {
  const problems: string[] = [];
  for (const [name, floor] of Object.entries(floors)) {
    const resolved = lock.packages?.[`node_modules/${name}`]?.version;
    if (!resolved) problems.push(`${name}: not in the lockfile`);
    else if (compareVersions(resolved, floor) < 0)
      problems.push(`${name}: ${resolved} is below the floor ${floor}`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? "package-lock.json";
  const problems = floorViolations(JSON.parse(readFileSync(file, "utf8")) as Lockfile);
  if (problems.length > 0) {
    console.error(`dependency floor check failed (${file}):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(
    `dependency floors hold: ${Object.entries(FLOORS)
      .map(([n, v]) => `${n} >= ${v}`)
      .join(", ")}`,
  );
}
