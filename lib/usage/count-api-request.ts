import "server-only";
import type { UsedSecret } from "@/lib/credentials/last-used";
import { REFUSAL_STATUSES } from "./aggregator";
import { countRequest } from "./recorder";

/** What the route learned of the caller; `id` stays null when no credential was recognised. */
export type SeenCaller = { id: string | null; secret: UsedSecret; ip: string | null; websiteId: string };

export function unseenCaller(): SeenCaller {
  return { id: null, secret: "current", ip: null, websiteId: "" };
}

function refusalReason(body: unknown): string | undefined {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" ? message : undefined;
}

/**
 * Counts one answered /api/v1 request against the credential that made it. A refusal's reason
 * is the message it answered, read from a copy of the body off the request's path.
 */
export function countApiRequest(operation: string, caller: SeenCaller, response: Response): void {
  if (!caller.id) return;
  const event = {
    credentialId: caller.id,
    secret: caller.secret,
    operation,
    websiteId: caller.websiteId,
    status: response.status,
    ip: caller.ip,
    at: new Date(),
  };
  if (!REFUSAL_STATUSES.has(response.status)) return countRequest(event);
  void response
    .clone()
    .json()
    .then(
      (body: unknown) => countRequest({ ...event, reason: refusalReason(body) }),
      () => countRequest(event),
    );
}
