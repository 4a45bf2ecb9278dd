/** The last use's address (written at once) with usage's addresses (written at each flush), once each. */
export function withLastUsed(lastUsedIp: string | null, usageIps: readonly string[] = []): string[] {
  return [...new Set([...(lastUsedIp ? [lastUsedIp] : []), ...usageIps])];
}
