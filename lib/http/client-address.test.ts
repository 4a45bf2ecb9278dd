import { describe, expect, it } from "vitest";
import { clientAddressKey } from "./client-address";

describe("clientAddressKey", () => {
  it("keeps IPv4 addresses whole", () => {
    expect(clientAddressKey("198.51.100.7")).toBe("198.51.100.7");
    expect(clientAddressKey("::ffff:198.51.100.7")).toBe("198.51.100.7");
  });

  it("S90 counts IPv6 addresses per /64, however they are written", () => {
    const key = clientAddressKey("2001:db8:aa:1::1");
    expect(key).toBe("2001:db8:aa:1::/64");
    expect(clientAddressKey("2001:0DB8:00aa:0001:ffff:ffff:ffff:ffff")).toBe(key);
    expect(clientAddressKey("2001:db8:aa:2::1")).not.toBe(key);
    expect(clientAddressKey("::1")).toBe("0:0:0:0::/64");
    expect(clientAddressKey("fe80::")).toBe("fe80:0:0:0::/64");
  });

  it("has one key for an unknown address", () => {
    expect(clientAddressKey(null)).toBe("unknown");
  });
});
