/**
 * Rate limits count in fixed windows (lib/api/rate-limit.ts): a test that counts up to a limit
 * on the real clock and straddles a window's edge sees its count restart. Call this first: it
 * waits, when needed, until at least `needMs` of the current window remain.
 */
export async function clearOfWindowEdge(windowMs: number, needMs: number): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
