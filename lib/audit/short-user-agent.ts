import "server-only";
// A user agent in a few words for the activity table ("Chrome 131 on macOS", "curl 8.4.0");
// the full string stays available on hover. Pure: the table renders it on the client too.

const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, "Edge"],
  [/\bOPR\/(\d+)/, "Opera"],
  [/\bFirefox\/(\d+)/, "Firefox"],
  [/(?:\b|Headless)Chrom(?:e|ium)\/(\d+)/, "Chrome"],
  [/\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/\bAndroid\b/, "Android"],
  [/\b(?:iPhone|iPad|iPod)\b/, "iOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bLinux\b/, "Linux"],
];

const MAX_LENGTH = 40;

export function shortUserAgent(userAgent: string | null): string | null {
  const ua = userAgent?.trim();
  if (!ua) return null;
  const system = SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1];
  for (const [pattern, name] of BROWSERS) {
    const version = pattern.exec(ua)?.[1];
    if (version) return system ? `${name} ${version} on ${system}` : `${name} ${version}`;
  }
  // Tools usually send "name/version …": keep the first product token.
  const tool = /^([A-Za-z][\w.-]{0,30})\/([\w.-]{1,20})/.exec(ua);
  if (tool) return `${tool[1]} ${tool[2]}`;
  return ua.length > MAX_LENGTH ? `${ua.slice(0, MAX_LENGTH - 1)}…` : ua;
}
