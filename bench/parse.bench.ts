// lib/secrets throughput: parse rejections (target ≥ 1M/s), parse accepts, generate.
// Run: npx tsx bench/parse.bench.ts — or import benchParse() from a bench runner.
import { pathToFileURL } from "node:url";
import { generateSecret, parseSecret, type SecretKind } from "../lib/secrets";

const SLOTS = 1024; // inputs cycle through a power-of-two ring: `i & (SLOTS - 1)`, no modulo
const TARGET_REJECTIONS_PER_SECOND = 1_000_000;

type Case = {
  name: string;
  inputs: unknown[];
  run: (input: unknown) => number; // returns 1 for an accepted secret, 0 otherwise
  expectAccepted: boolean; // guards against benchmarking a parser that gives wrong answers
  batchSize: number;
  batches: number;
};

type Result = { name: string; opsPerSecond: number; p50: number; p99: number };

const parseOk = (input: unknown) => (parseSecret(input).ok ? 1 : 0);
const kindAt = (i: number): SecretKind => (i % 2 ? "account-token" : "website-key");
// Secrets arrive decoded from a request, i.e. as flat strings. Test strings built by
// concatenation are V8 cons strings, which this loop would re-walk on every charCodeAt.
const flat = (s: string) => Buffer.from(s).toString();
const ring = <T>(items: T[]) => Array.from({ length: SLOTS }, (_, i) => items[i % items.length] as T);

function buildInputs() {
  const valid = Array.from({ length: SLOTS }, (_, i) => flat(generateSecret(kindAt(i)).raw));
  const key = valid[0] as string;
  const token = valid[1] as string;
  const malformedStrings = [
    "",
    "df_",
    `${key}\n`,
    `${token} `,
    `Bearer ${key}`,
    key.slice(0, -1),
    `df\uff3f${key.slice(3)}`, // homoglyph prefix
    `DFT_${token.slice(4)}`,
    `${key.slice(0, 10)}\0${key.slice(11)}`,
    `${key.slice(0, 20)}-${key.slice(21)}`,
    `${token.slice(0, -1)}\u00e1`, // worst case: whole alphabet scan, fails on the last char
    `df_${"a".repeat(10 * 1024)}`,
  ];
  const malformed = ring<unknown>([...malformedStrings.map(flat), undefined, null, 42, Buffer.from(key)]);
  const badChecksum = valid.map((s) => flat(s.slice(0, -1) + (s.endsWith("0") ? "1" : "0")));
  const mix = Array.from({ length: SLOTS }, (_, i) => (i % 2 ? malformed[i] : badChecksum[i]));
  return { valid, malformed, badChecksum, mix };
}

function measure({ name, inputs, run, expectAccepted, batchSize, batches }: Case): Result {
  const mask = SLOTS - 1;
  const perOpNs = new Float64Array(batches);
  let accepted = 0;
  let slot = 0;
  const oneBatch = () => {
    const start = process.hrtime.bigint();
    for (let j = 0; j < batchSize; j++) accepted += run(inputs[slot++ & mask]);
    return Number(process.hrtime.bigint() - start);
  };
  for (let b = 0; b < batches / 4; b++) oneBatch(); // warm-up: let the JIT settle
  const warmOps = slot;
  accepted = 0;
  let totalNs = 0;
  for (let b = 0; b < batches; b++) {
    const ns = oneBatch();
    totalNs += ns;
    perOpNs[b] = ns / batchSize;
  }
  const ops = slot - warmOps;
  if (accepted !== (expectAccepted ? ops : 0)) throw new Error(`${name}: ${accepted} of ${ops} accepted`);
  perOpNs.sort();
  const quantile = (q: number) => (perOpNs[Math.min(batches - 1, Math.floor(q * batches))] as number) / 1_000;
  return { name, opsPerSecond: (ops * 1e9) / totalNs, p50: quantile(0.5), p99: quantile(0.99) };
}

export async function benchParse(): Promise<void> {
  const { valid, malformed, badChecksum, mix } = buildInputs();
  const parse = { run: parseOk, batchSize: 1_000, batches: 2_000 };
  const cases: Case[] = [
    { name: "parse reject: malformed mix", inputs: malformed, expectAccepted: false, ...parse },
    { name: "parse reject: bad checksum", inputs: badChecksum, expectAccepted: false, ...parse },
    { name: "parse reject: 50/50 malformed + checksum", inputs: mix, expectAccepted: false, ...parse },
    { name: "parse accept: valid secrets", inputs: valid, expectAccepted: true, ...parse },
    {
      name: "generateSecret (raw + digest + display)",
      inputs: Array.from({ length: SLOTS }, (_, i) => kindAt(i)),
      run: (kind) => (generateSecret(kind as SecretKind).raw.length > 0 ? 0 : 1), // 1 would flag an empty secret
      expectAccepted: false,
      batchSize: 100,
      batches: 1_000,
    },
  ];

  console.log(`lib/secrets bench — Node ${process.version}; p50/p99 = µs per op, over per-batch means`);
  console.log(`${"case".padEnd(42)}${"ops/s".padStart(14)}${"p50 µs".padStart(10)}${"p99 µs".padStart(10)}`);
  const results: Result[] = [];
  for (const c of cases) {
    const r = measure(c);
    results.push(r);
    console.log(
      `${r.name.padEnd(42)}${Math.round(r.opsPerSecond).toLocaleString("en-US").padStart(14)}` +
        `${r.p50.toFixed(3).padStart(10)}${r.p99.toFixed(3).padStart(10)}`,
    );
    await new Promise((resolve) => setImmediate(resolve)); // let GC and I/O breathe between cases
  }
  const slowestReject = Math.min(
    ...results.filter((r) => r.name.startsWith("parse reject")).map((r) => r.opsPerSecond),
  );
  const verdict = slowestReject >= TARGET_REJECTIONS_PER_SECOND ? "met" : "NOT met";
  console.log(
    `target parse rejections ≥ ${TARGET_REJECTIONS_PER_SECOND.toLocaleString("en-US")}/s: ${verdict} ` +
      `(slowest reject case ${Math.round(slowestReject).toLocaleString("en-US")}/s)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchParse();
}
