import "server-only";
import { hash, verify, type Options } from "@node-rs/argon2";

// argon2id with OWASP's minimum recommended cost (19 MiB, t=2, p=1). `Algorithm` is a const
// enum that isolated modules cannot read, hence the literal: 2 is Algorithm.Argon2id.
const OPTIONS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the email is unknown, so both answers take the same time.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("keyward-timing-equaliser");
  const target = hashed ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return hashed !== null && ok;
}
