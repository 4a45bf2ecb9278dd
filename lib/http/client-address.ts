import "server-only";
import { isIPv4, isIPv6 } from "node:net";

/**
 * The key a client address is counted under by the account throttles: an IPv4 address as is, an
 * IPv6 address by its /64 (one subscriber usually holds a whole /64, so counting per /128 would
 * give them 2^64 fresh budgets). IPv4-mapped IPv6 counts as its IPv4 address.
 */
export function clientAddressKey(ip: string | null): string {
  if (!ip) return "unknown";
  const address = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address.slice(0, 64);
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros ("::" expanded). */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const part = (text: string) => (text ? text.split(":") : []);
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(0, missing) }, () => "0"), ...right].map((group) =>
    group.replace(/^0+(?=.)/, ""),
  );
}
