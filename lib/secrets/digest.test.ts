import { describe, expect, it } from "vitest";
import { digestSecret, displayKey } from "./digest";

const KEY = "df_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bD1fH14gWfx";
const TOKEN = "dft_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bD1fH1okrVp";
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("digestSecret", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ])("S8 is SHA-256 over the UTF-8 string (%j)", (text, digest) => {
    expect(hex(digestSecret(text))).toBe(digest);
  });

  it.each([KEY, TOKEN])("S8 gives a deterministic, plain 32-byte Uint8Array for %s", (raw) => {
    const digest = digestSecret(raw);
    expect(digest.constructor).toBe(Uint8Array);
    expect(digest.byteLength).toBe(32);
    expect(digest.buffer.byteLength).toBe(32);
    expect(digestSecret(raw)).toEqual(digest);
  });

  it("S8 covers the prefix: the same body as df_ and dft_ digests differently", () => {
    expect(hex(digestSecret(KEY))).not.toBe(hex(digestSecret(`dft_${KEY.slice(3)}`)));
  });
});

describe("displayKey", () => {
  it.each([
    [KEY, "df_aB3d…gWfx"],
    [TOKEN, "dft_aB3d…krVp"],
  ])("S8 shows %s only as prefix + first 4 + … + last 4: %s", (raw, shown) => {
    expect(displayKey(raw)).toBe(shown);
  });

  it.each([
    ["a bad checksum", `${KEY.slice(0, -1)}y`],
    ["a trailing newline", `${KEY}\n`],
    ["an unknown prefix", `xx_${KEY.slice(3)}`],
  ])("S8 refuses %s without echoing the input", (_label, raw) => {
    expect(() => displayKey(raw)).toThrow(TypeError);
    try {
      displayKey(raw);
    } catch (error) {
      expect(String(error)).not.toContain(raw.slice(3, 20));
    }
  });
});
