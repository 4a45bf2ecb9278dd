import "server-only";
import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";

// GitHub's secret-scanning partner programme signs each report: ECDSA P-256 over the raw body
// with SHA-256, the DER signature base64 in Github-Public-Key-Signature, the key named by
// Github-Public-Key-Identifier. The operator configures the public keys (GitHub publishes them
// at api.github.com/meta/public_keys/secret_scanning, in the format read here); nothing is fetched.

export type SignatureCheck = "ok" | "unconfigured" | "unknown-key" | "bad-signature";

type PublishedKeys = { public_keys?: { key_identifier?: unknown; key?: unknown }[] };

function parseKeys(json: string): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const entry of (JSON.parse(json) as PublishedKeys).public_keys ?? []) {
    if (typeof entry.key_identifier === "string" && typeof entry.key === "string")
      keys.set(entry.key_identifier, createPublicKey(entry.key));
  }
  return keys;
}

/**
 * The configured keys: KEYWARD_SECRET_SCANNING_KEYS (the JSON itself) and/or
 * KEYWARD_SECRET_SCANNING_KEYS_FILE (a path to it). Read on each report, so a rotation needs no
 * restart; reports are rare.
 */
export function configuredKeys(source: NodeJS.ProcessEnv = process.env): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  const inline = source.KEYWARD_SECRET_SCANNING_KEYS;
  const file = source.KEYWARD_SECRET_SCANNING_KEYS_FILE;
  for (const json of [inline, file ? readFileSync(file, "utf8") : undefined])
    if (json) for (const [id, key] of parseKeys(json)) keys.set(id, key);
  return keys;
}

/** Whether `signature` is a valid signature of the raw body by the named configured key. */
export function checkReportSignature(
  rawBody: string,
  identifier: string | null,
  signature: string | null,
  keys = configuredKeys(),
): SignatureCheck {
  if (keys.size === 0) return "unconfigured";
  const key = identifier === null ? undefined : keys.get(identifier);
  if (!key) return "unknown-key";
  if (!signature) return "bad-signature";
  try {
    return verify("sha256", Buffer.from(rawBody), key, Buffer.from(signature, "base64"))
      ? "ok"
      : "bad-signature";
  } catch {
    return "bad-signature";
  }
}
