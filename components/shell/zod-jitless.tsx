"use client";

import { z } from "zod";

// The nonce CSP (proxy.ts) forbids eval. On its first parse zod would probe `new Function` to
// decide whether to compile schemas, and browsers report that caught probe as a policy
// violation; in the browser it parses without compiling instead.
z.config({ jitless: true });

/** Rendered once by the root layout so the setting above loads with the first client bundle. */
export function ZodJitless(): null {
  return null;
}
