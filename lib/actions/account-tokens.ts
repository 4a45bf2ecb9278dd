"use server";

import "server-only";
import { z } from "zod";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { editAccountToken } from "@/lib/account-tokens/edit-account-token";
import { expireAccountTokenPreviousSecret } from "@/lib/account-tokens/expire-previous-secret";
import {
  regenerateAccountToken,
  regenerateAccountTokenWithinPolicy,
} from "@/lib/account-tokens/regenerate-account-token";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { rollAccountToken } from "@/lib/account-tokens/roll-account-token";
import { getTokenFormContext } from "@/lib/account-tokens/token-form-context";
import { previewAccountTokenRevoke, rollAccountTokenLineage } from "@/lib/account-tokens/token-lineage";
import {
  createAccountTokenSchema,
  editAccountTokenSchema,
  expirySchema,
  rollSchema,
} from "@/lib/account-tokens/schemas";
import { defineAction } from "@/lib/actions/define-action";
import { revokeAccountTokens } from "@/lib/hygiene/bulk-revoke";
import { BULK_REVOKE_LIMIT } from "@/lib/hygiene/revoke-each";
import { TOKEN_NOT_FOUND_MESSAGE } from "@/lib/account-tokens/messages";
import { idInputSchema } from "@/lib/validation/id-input";

// Thin adapters: session + same-origin (defineAction), the shared schema, one domain call. The
// domain checks ownership of the token id again; the id is only input. The result of create and
// roll carries the raw secret exactly once: the client takes it out and drops the rest.

const tokenIdSchema = idInputSchema(TOKEN_NOT_FOUND_MESSAGE);

export const createAccountTokenAction = defineAction(
  createAccountTokenSchema,
  ({ actor }, input) => createAccountToken(actor, input),
  { sudo: true },
);

export const rollAccountTokenAction = defineAction(
  rollSchema.extend({ tokenId: tokenIdSchema }),
  ({ actor }, input) => rollAccountToken(actor, { tokenId: input.tokenId, grace: input.grace }),
  { sudo: true },
);

/**
 * "Expire old secret now" during a roll's grace period. No sudo: like a revoke it only shortens
 * a credential's life, and ending a leaked secret stays one confirmation.
 */
export const expireAccountTokenPreviousSecretAction = defineAction(
  z.object({ tokenId: tokenIdSchema }).strict(),
  ({ actor }, input) => expireAccountTokenPreviousSecret(actor, input.tokenId),
);

/** Revokes the token and everything minted from it; says what went with it. */
export const revokeAccountTokenAction = defineAction(
  z.object({ tokenId: tokenIdSchema }).strict(),
  ({ actor }, input) => revokeAccountToken(actor, input.tokenId),
);

/** Bulk revoke from the list: each token as a single revoke would; partial failure reported per token. */
export const revokeAccountTokensAction = defineAction(
  z.object({ tokenIds: z.array(tokenIdSchema).min(1).max(BULK_REVOKE_LIMIT) }).strict(),
  ({ actor }, input) => revokeAccountTokens(actor, input.tokenIds),
);

/** Before confirming a revoke: what it would also end ("this also revokes N credentials"). */
export const previewAccountTokenRevokeAction = defineAction(
  z.object({ tokenId: tokenIdSchema }).strict(),
  ({ actor }, input) => previewAccountTokenRevoke(actor, input.tokenId),
);

/** "Roll all" for the token's lineage: new secrets, no grace; each returned once. */
export const rollAccountTokenLineageAction = defineAction(
  z.object({ tokenId: tokenIdSchema }).strict(),
  ({ actor }, input) => rollAccountTokenLineage(actor, input.tokenId),
  { sudo: true },
);

/** When the create or edit dialog opens: the person's websites and roles, and the token whole. */
export const tokenFormContextAction = defineAction(
  z.object({ tokenId: tokenIdSchema.nullable() }).strict(),
  ({ actor }, input) => getTokenFormContext(actor, input.tokenId),
);

/**
 * Edit name, permissions, websites and expiry (a date as `{ date, timeZone }` ends that day
 * there). Validated as creation; tokens and keys minted from it are clamped to it.
 */
export const editAccountTokenAction = defineAction(
  z.object({ tokenId: tokenIdSchema, changes: editAccountTokenSchema }).strict(),
  ({ actor }, input) => editAccountToken(actor, input.tokenId, input.changes),
  { sudo: true },
);

/** Regenerate: a new secret and a new expiry (expired tokens too); the old secret dies now. */
export const regenerateAccountTokenAction = defineAction(
  z.object({ tokenId: tokenIdSchema, expiry: expirySchema }).strict(),
  ({ actor }, input) => regenerateAccountToken(actor, input.tokenId, { expiry: input.expiry }),
  { sudo: true },
);

/** Regenerate within policy: the expiry is the longest the token's websites' policies accept. */
export const regenerateAccountTokenWithinPolicyAction = defineAction(
  z.object({ tokenId: tokenIdSchema }).strict(),
  ({ actor }, input) => regenerateAccountTokenWithinPolicy(actor, input.tokenId),
  { sudo: true },
);
