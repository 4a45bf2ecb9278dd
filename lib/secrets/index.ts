import "server-only";

// Public surface of lib/secrets. Pure apart from node:crypto; verify() lives in lib/credentials.
export { BASE62_ALPHABET, BODY_LENGTH, CHECKSUM_LENGTH, SECRET_PREFIX, type SecretKind } from "./format";
export { generateSecret } from "./generate";
export { parseSecret, type ParseResult } from "./parse";
export { digestSecret, displayKey } from "./digest";
export { generateLinkToken, digestLinkToken } from "./link-token";
