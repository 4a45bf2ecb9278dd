import { describe, expect, it } from "vitest";
import { shortUserAgent } from "./short-user-agent";

describe("shortUserAgent", () => {
  it.each([
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Chrome 131 on macOS",
    ],
    [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36",
      "Chrome 140 on Linux",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0",
      "Edge 120 on Windows",
    ],
    [
      "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
      "Firefox 133 on Linux",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Safari 17 on iOS",
    ],
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
      "Chrome 131 on Android",
    ],
    ["curl/8.4.0", "curl 8.4.0"],
    ["python-requests/2.32.3", "python-requests 2.32.3"],
    ["keyward-cli", "keyward-cli"],
  ])("%s → %s", (ua, expected) => {
    expect(shortUserAgent(ua)).toBe(expected);
  });

  it("cuts anything else, and has nothing to say about nothing", () => {
    expect(shortUserAgent("x".repeat(100))).toBe(`${"x".repeat(39)}…`);
    expect(shortUserAgent(null)).toBeNull();
    expect(shortUserAgent("   ")).toBeNull();
  });
});
