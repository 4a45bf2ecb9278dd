// `npm run bench [parse|verify|http|sign-in|first-load|scale …]`: prints figures (all of them by default); tests never time anything.
import { benchParse } from "./parse.bench";
import { benchVerify } from "./verify.bench";
import { benchHttp } from "./http.bench";
import { benchSignIn } from "./sign-in.bench";
import { benchFirstLoadJs } from "./first-load-js.bench";
import { benchScale } from "./scale.bench";

const BENCHES: Record<string, () => Promise<void>> = {
  parse: benchParse,
  verify: benchVerify,
  http: benchHttp,
  "sign-in": benchSignIn,
  "first-load": benchFirstLoadJs,
  scale: benchScale,
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(", ")}; choose from ${Object.keys(BENCHES).join(", ")}.`);
  process.exit(2);
}

console.log(`Keyward benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
for (const [name, run] of Object.entries(BENCHES)) {
  if (chosen.length === 0 || chosen.includes(name)) await run();
}
