import { describe, expect, it } from "vitest";
import { safeNextPath, safeRedirect } from "./safe-next-path";

// S87: `next` (sign-in, sign-up) and next-auth's callbackUrl keep to paths of this site, as
// the browser would resolve them; nothing makes them throw.

const HOSTILE = [
  ["tab", "/\t/evil.example"],
  ["CR", "/\r/evil.example"],
  ["LF", "/\n/evil.example"],
  ["CRLF header injection", "/ok\r\nSet-Cookie: x=1"],
  ["NUL", "/\u0000/evil.example"],
  ["backslash", "/\\evil.example"],
  ["backslash after slash", "\\/evil.example"],
  ["protocol-relative", "//evil.example"],
  ["protocol-relative with path", "//evil.example/sign-in"],
  ["RTL override", "/\u202egro.elpmaxe.live//"],
  ["RTL mark", "/\u200f/evil.example"],
  ["zero-width space", "/\u200b/evil.example"],
  ["full URL", "https://evil.example/"],
  ["javascript:", "javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["no leading slash", "evil.example"],
  ["empty", ""],
  ["over-long", `/${"a".repeat(3000)}`],
] as const;

describe("S87 next and callbackUrl stay on the site", () => {
  it.each(HOSTILE)("S87 next with %s becomes /", (_label, value) => {
    expect(safeNextPath(value)).toBe("/");
  });

  it.each([[undefined], [["/a", "/b"]], [42]])(
    "S87 a next that is not one string (%j) becomes /",
    (value) => {
      expect(safeNextPath(value)).toBe("/");
    },
  );

  it.each([
    "/",
    "/account/sessions",
    "/invite/abc123?email=a%40b.test",
    "/websites/1/settings#team",
    "/%2F%2Fevil.example",
  ])("S87 a path of this site (%s) is kept", (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each(HOSTILE)("S87 callbackUrl with %s goes to the site's root", (_label, value) => {
    expect(safeRedirect({ url: value, baseUrl: "https://keys.example.com" })).toBe(
      "https://keys.example.com/",
    );
  });

  it("S87 callbackUrl: this site's own absolute URLs and paths are kept; other origins are not", () => {
    const baseUrl = "https://keys.example.com";
    expect(safeRedirect({ url: "/sign-in", baseUrl })).toBe("https://keys.example.com/sign-in");
    expect(safeRedirect({ url: "https://keys.example.com/account?x=1", baseUrl })).toBe(
      "https://keys.example.com/account?x=1",
    );
    for (const url of [
      "https://keys.example.com.evil.example/",
      "http://keys.example.com/",
      "https://evil.example/",
    ])
      expect(safeRedirect({ url, baseUrl })).toBe("https://keys.example.com/");
  });
});
