import ipaddr from "ipaddr.js";
import { z } from "zod";

// A credential's IP allow-list: CIDR ranges (or single addresses) the credential may be used
// from; empty means anywhere. Shared by the edit forms (preview in the browser), the domain and
// the request check, so all three read a range the same way. No server-only imports here.

/** At most this many entries per credential. */
export const MAX_ALLOWED_IPS = 20;

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * An IPv4-mapped IPv6 address (::ffff:203.0.113.7) is the IPv4 address: a dual-stack socket
 * reports IPv4 clients that way, and a rule written either way must match both.
 */
function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  return isStrictAddress(text) ? ipaddr.process(text) : null;
}

/** Dotted quads and IPv6 only: not the legacy "1.2.3" or hex forms ipaddr.js also accepts. */
function isStrictAddress(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text) || (text.includes(":") && ipaddr.IPv6.isValid(text));
}

/** One entry as a range, or null when it is not an address or CIDR range. */
function parseRange(entry: string): Range | null {
  const text = entry.trim();
  if (!text.includes("/")) {
    const address = parseAddress(text);
    return address ? [address, address.kind() === "ipv4" ? 32 : 128] : null;
  }
  if (!isStrictAddress(text.slice(0, text.indexOf("/"))) || !ipaddr.isValidCIDR(text)) return null;
  const [address, bits] = ipaddr.parseCIDR(text);
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96)
    return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
  return [address, bits];
}

/** The canonical text of an entry (network address and prefix), as stored and shown. */
function canonical([address, bits]: Range): string {
  const network =
    address.kind() === "ipv4"
      ? ipaddr.IPv4.networkAddressFromCIDR(`${address.toString()}/${bits}`)
      : ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/${bits}`);
  return `${network.toString()}/${bits}`;
}

/** The list as the person wrote it (one entry per item), normalised and checked. */
export const allowedIpsSchema = z
  .array(z.string({ error: "Each entry must be text." }).max(64, "An entry is at most 64 characters."), {
    error: "allowedIps must be a list of IP ranges.",
  })
  .max(MAX_ALLOWED_IPS, `Allow at most ${MAX_ALLOWED_IPS} IP ranges.`)
  .transform((entries, ctx) => {
    const result: string[] = [];
    for (const entry of entries) {
      const range = parseRange(entry);
      if (!range) {
        ctx.addIssue({
          code: "custom",
          message: `“${entry.slice(0, 64)}” is not an IP address or CIDR range like 203.0.113.0/24 or 2001:db8::/32.`,
        });
        return z.NEVER;
      }
      const text = canonical(range);
      if (!result.includes(text)) result.push(text);
    }
    return result;
  })
  .meta({
    type: "array",
    maxItems: MAX_ALLOWED_IPS,
    items: { type: "string", description: "An IPv4 or IPv6 address or CIDR range." },
    description:
      "Where the credential may be used from: IPv4/IPv6 addresses or CIDR ranges; [] allows any address.",
  });

/** Splits a textarea (one entry per line, or separated by commas or spaces) into entries. */
export function allowListEntries(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** The entry that admits `ip`, "any" for an empty list, or null when the list refuses it. */
export function admittingRule(allowedIps: readonly string[], ip: string | null): string | null {
  if (allowedIps.length === 0) return "any";
  const address = ip === null ? null : parseAddress(ip.trim());
  if (!address) return null;
  for (const entry of allowedIps) {
    const range = parseRange(entry);
    if (range && range[0].kind() === address.kind() && address.match(range as [ipaddr.IPv4, number]))
      return entry;
  }
  return null;
}

/** The message of a request refused by the list: the rule it broke and the address seen. */
export function allowListRefusal(allowedIps: readonly string[], ip: string | null): string | null {
  if (admittingRule(allowedIps, ip) !== null) return null;
  const shown = allowedIps.length > 3 ? `${allowedIps.slice(0, 3).join(", ")}, …` : allowedIps.join(", ");
  return `This API key may only be used from its IP allow-list (${shown}); the request came from ${ip ?? "an unknown address"}.`;
}

export type AllowListPreview = { ip: string; allowed: boolean }[];

/**
 * Which of a credential's recent client addresses the list would have let through: shown by
 * the editor before saving. Takes any list of addresses (the last used one today; usage's
 * distinct client IPs once counted).
 */
export function previewAllowList(
  allowedIps: readonly string[],
  recentIps: readonly string[],
): AllowListPreview {
  return [...new Set(recentIps)].map((ip) => ({ ip, allowed: admittingRule(allowedIps, ip) !== null }));
}
