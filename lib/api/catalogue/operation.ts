import "server-only";
import type { z } from "zod";
import { operationSpec, type Operation as AccessOperation, type Permission } from "@/lib/access";
import type { SecretKind } from "@/lib/secrets/format";

// One entry per REST operation. The route files take their schemas from here and the OpenAPI
// document and the API reference page are generated from here, so the three cannot disagree.

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Groups of the document and the reference page, in reading order. */
export const API_TAGS = [
  "Account",
  "Account tokens",
  "Websites",
  "Website keys",
  "Team",
  "Analytics",
  "Goals",
  "Payments",
  "Identify",
  "Funnels",
  "Alerts",
] as const;
export type ApiTag = (typeof API_TAGS)[number];

export { SECRET_PREFIX } from "@/lib/secrets/format";

export type ApiOperation<P = unknown, Q = unknown, B = unknown, R = unknown, E = unknown> = {
  /** OpenAPI `operationId`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Below /api/v1, with `{name}` for each path parameter (the route folder's `[name]`). */
  readonly path: string;
  readonly tag: ApiTag;
  readonly summary: string;
  readonly description?: string;
  /** The lib/access operation the domain function authorizes; null: any valid secret may call it. */
  readonly access: AccessOperation | null;
  /** Where a `dft_` token names the website; a `df_` key always implies its own. */
  readonly website?: "path" | "query";
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  /** Parsed with io "input" for the document: what a client sends. */
  readonly body?: z.ZodType<B>;
  /** One item of the success envelope's `data` list (io "output"). */
  readonly response: z.ZodType<R>;
  /** Whether `data` may hold several items (lists) rather than exactly one. */
  readonly list?: true;
  /**
   * Fields of the success envelope beside `status` and `data` (io "output"): DataFast's
   * timeseries answers its totals and pagination there. With it, the route returns
   * `{ data, envelope }`.
   */
  readonly envelope?: z.ZodType<E>;
  /** Statuses this operation can answer beyond those its shape implies (see errorStatuses). */
  readonly errors?: readonly (404 | 409)[];
};

export function defineOperation<
  P = Record<string, never>,
  Q = Record<string, never>,
  B = undefined,
  R = unknown,
  E = undefined,
>(operation: ApiOperation<P, Q, B, R, E>): ApiOperation<P, Q, B, R, E> {
  return Object.freeze(operation);
}

/** The permission a secret needs, or null when any valid secret may call the operation. */
export function requiredPermission(operation: ApiOperation): Permission | null {
  return operation.access ? (operationSpec(operation.access)?.permission ?? null) : null;
}

/** Owner-only acts need the owner role on the website even with the permission. */
export function isOwnerOnly(operation: ApiOperation): boolean {
  return operation.access ? operationSpec(operation.access)?.ownerOnly === true : false;
}

/** The secret kinds that may call it: account routes are for `dft_` tokens only. */
export function credentialKinds(operation: ApiOperation): SecretKind[] {
  const spec = operation.access ? operationSpec(operation.access) : undefined;
  return spec?.sessionOrTokenOnly ? ["account-token"] : ["account-token", "website-key"];
}

/** Every error status the operation can answer, from its shape plus its own `errors`. */
export function errorStatuses(operation: ApiOperation): number[] {
  // 400 is always possible: a repeated query parameter is refused before any route looks at it.
  const statuses = new Set<number>([400, 401, 429, ...(operation.errors ?? [])]);
  if (operation.access || operation.website) statuses.add(403);
  if (operation.body) statuses.add(413);
  return [...statuses].sort((a, b) => a - b);
}
