import "server-only";

// The response headers every Keyward response carries (set by proxy.ts). Pure: the caller
// supplies the per-request nonce and what it knows about the deployment.

export type SecurityContext = {
  /** Per-request nonce for page scripts; null for responses that are not HTML pages. */
  nonce: string | null;
  /** `next dev`: React rebuilds server error stacks with eval() and the dev overlay uses a websocket. */
  development: boolean;
  /** The public URL is https: browsers may be told to never use plain http again. */
  https: boolean;
};

function pagePolicy({ nonce, development, https }: SecurityContext & { nonce: string }): string {
  return [
    "default-src 'self'",
    // Next.js reads the nonce from this header and stamps it on its own scripts; 'strict-dynamic'
    // lets those scripts load the page's chunks, and makes browsers ignore host allow-lists.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // 'unsafe-inline' for styles only: React renders `style` attributes (the virtualised website
    // list, Radix popper positions), which no nonce can cover, and a nonce here would make
    // browsers ignore 'unsafe-inline'. Styles cannot run code; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

// JSON, static files and redirects never need to run or embed anything.
const LOCKED_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function contentSecurityPolicy(context: SecurityContext): string {
  return context.nonce ? pagePolicy({ ...context, nonce: context.nonce }) : LOCKED_POLICY;
}

export function securityHeaders(context: SecurityContext): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(context),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    ...(context.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
