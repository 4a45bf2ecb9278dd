import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// TOTP secrets must be readable by the server (it computes the codes), so they are encrypted
// rather than hashed: AES-256-GCM under a key derived from AUTH_SECRET, so a database dump alone
// does not yield them. Each box is bound to its person (additional data), so a row copied onto
// another person does not open. Changing AUTH_SECRET makes every box unreadable: people then
// sign in with a recovery code and enrol again.

const VERSION = "v1";
const IV_BYTES = 12;

function keyFrom(authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "keyward", "keyward totp secret v1", 32));
}

/** Encrypts `plaintext` for `userId`: `v1.<iv>.<ciphertext>.<tag>`, base64url parts. */
export function sealSecret(plaintext: string, userId: string, authSecret = env().authSecret): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  cipher.setAAD(Buffer.from(userId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Decrypts a box made by sealSecret for the same person; throws when it was altered or is not theirs. */
export function openSecret(sealed: string, userId: string, authSecret = env().authSecret): string {
  const [version, iv, ciphertext, tag, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !ciphertext || !tag || rest.length > 0)
    throw new Error("Not a sealed secret.");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(authSecret), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(userId, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}
