/** lib/access's answer to one team act, with its reason ("Only owners can …") when refused. */
export type Permit = { ok: true } | { ok: false; reason: string };

export type TeamPermits = { invite: Permit; changeRole: Permit; remove: Permit; transfer: Permit };
