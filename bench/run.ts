// `npm run bench`: prints figures; tests never time anything.
import { benchParse } from "./parse.bench";
import { benchVerify } from "./verify.bench";
import { benchHttp } from "./http.bench";

console.log(`Keyward benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
await benchParse();
await benchVerify();
await benchHttp();
