import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { qrCodeDataUrl } from "./qr-code";

describe("QR code", () => {
  it("is an SVG image whose dark modules are those of the text's QR code", () => {
    const text = "otpauth://totp/Keyward:ada%40example.test?secret=JBSWY3DPEHPK3PXP&issuer=Keyward";
    const url = qrCodeDataUrl(text);
    expect(url).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(url.split(",")[1] ?? "", "base64").toString("utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const dark = encode(text, { ecc: "M", border: 2 }).data.flat().filter(Boolean).length;
    expect(svg.match(/h8v8h-8z/g)).toHaveLength(dark);
    expect(qrCodeDataUrl(`${text}x`)).not.toBe(url);
  });
});
