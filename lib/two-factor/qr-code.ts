import "server-only";
import { renderSVG } from "uqr";

/** `text` as a QR code, an SVG data: URL for an <img> (rendered here: no network, no script). */
export function qrCodeDataUrl(text: string): string {
  const svg = renderSVG(text, { ecc: "M", border: 2, pixelSize: 8 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
}
