import "server-only";
import { createHash } from "node:crypto";

/**
 * SHA-256 of the UTF-8 text, as a plain 32-byte Uint8Array: copied out of the Buffer so
 * callers (Prisma `Bytes`, equality in tests) never see a Buffer or a shared ArrayBuffer.
 */
export function sha256Utf8(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash("sha256").update(text, "utf8").digest());
}
