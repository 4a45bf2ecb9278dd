// Regenerates lib/users/common-passwords.json from the password list of @zxcvbn-ts/language-common
// (the ~49,000 most common passwords of public breaches, as zxcvbn ranks them). Run it when
// moving to a new version of that package: `node scripts/common-passwords.mjs [version]`.
// The app reads only the JSON file: no network at run time, no dependency on the package.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = "@zxcvbn-ts/language-common";
const version = process.argv[2] ?? "4.1.3";
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const work = mkdtempSync(path.join(tmpdir(), "common-passwords-"));
try {
  const tarball = execFileSync("npm", ["pack", `${PACKAGE}@${version}`, "--silent"], { cwd: work })
    .toString()
    .trim();
  execFileSync("tar", ["xzf", tarball], { cwd: work });
  const list = JSON.parse(readFileSync(path.join(work, "package/src/passwords.json"), "utf8"));
  // The same normalisation as lib/users/password-policy.ts: lower case, and the "stem" (digits and
  // symbols around the letters removed), so "Summer2024!" is caught by "summer".
  const stem = (password) => password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const words = new Set();
  for (const password of list) {
    if (password.length >= 10) words.add(password.toLowerCase());
    const base = stem(password);
    if (base.length >= 4) words.add(base);
  }
  const out = { source: `${PACKAGE}@${version} (MIT)`, words: [...words].sort() };
  writeFileSync(path.join(root, "lib/users/common-passwords.json"), `${JSON.stringify(out)}\n`);
  console.log(`lib/users/common-passwords.json: ${out.words.length} words from ${out.source}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
