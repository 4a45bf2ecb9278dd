import "server-only";

/**
 * Between approval and the one poll that delivers it, the new token's secret is sealed with the
 * app's AES-256-GCM box (lib/two-factor/secret-box), bound to its device sign-in row as
 * additional data: a sealed value copied onto another row does not open.
 */
export function sealContext(deviceAuthorizationId: string): string {
  return `device-authorization:${deviceAuthorizationId}`;
}
