import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { availableParallelism } from "node:os";
import { hash, verify, type Options } from "@node-rs/argon2";

// argon2id with OWASP's minimum recommended cost (19 MiB, t=2, p=1). `Algorithm` is a const
// enum that isolated modules cannot read, hence the literal: 2 is Algorithm.Argon2id.
const OPTIONS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// Hashing runs on libuv's worker threads: unbounded, a burst of sign-ins takes every core and
// every other request (the health probe, the API) waits behind it. At most this many password
// checks run at once per process (a core is always left to the event loop); the rest queue in
// arrival order. A sign-in holds its slot for its throttle statements too, so a burst does not
// pile dozens of statements in front of everyone else's on the embedded database either.
export const HASHING_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism() - 1));

let running = 0;
const waiting: (() => void)[] = [];
const holding = new AsyncLocalStorage<true>();

/** Runs `work` in one of the process's password slots, waiting for one if needed (re-entrant). */
export async function withPasswordSlot<T>(work: () => Promise<T>): Promise<T> {
  if (holding.getStore()) return work();
  if (running >= HASHING_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await holding.run(true, work);
  } finally {
    // Hand the slot straight to the next in line (running stays the same), or free it.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

export function hashPassword(password: string): Promise<string> {
  return withPasswordSlot(() => hash(password, OPTIONS));
}

// Verified against when the email is unknown, so both answers take the same time: a fixed hash
// with the same cost as real ones (computing it lazily would make the first unknown email slower).
export const DUMMY_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$dr/D7th3ENHhNoNUruVvOw$TjSjYHIwpUnEQl2y6xGk7ftKXUoym88xaGmplKCISJs";

export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
  const ok = await withPasswordSlot(() => verify(hashed ?? DUMMY_PASSWORD_HASH, password)).catch(() => false);
  return hashed !== null && ok;
}
