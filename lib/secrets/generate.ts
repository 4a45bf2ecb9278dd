import "server-only";

// Minting a new secret: the raw value (shown once) plus everything that may be stored.
import { withChecksum } from "./checksum";
import { digestSecret, displayKey } from "./digest";
import { BODY_LENGTH, SECRET_PREFIX, type SecretKind } from "./format";
import { randomBase62 } from "./random-base62";

export function generateSecret(kind: SecretKind): {
  raw: string;
  digest: Uint8Array<ArrayBuffer>;
  displayKey: string;
} {
  const raw = withChecksum(SECRET_PREFIX[kind] + randomBase62(BODY_LENGTH));
  return { raw, digest: digestSecret(raw), displayKey: displayKey(raw) };
}
