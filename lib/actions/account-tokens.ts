"use server";

import "server-only";
import { z } from "zod";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { rollAccountToken } from "@/lib/account-tokens/roll-account-token";
import { createAccountTokenSchema, rollSchema } from "@/lib/account-tokens/schemas";
import { defineAction } from "@/lib/actions/define-action";

// Thin adapters: session + same-origin (defineAction), the shared schema, one domain call. The
// domain checks ownership of the token id again; the id is only input. The result of create and
// roll carries the raw secret exactly once: the client takes it out and drops the rest.

const tokenIdSchema = z.string().max(64, "Token not found.");

export const createAccountTokenAction = defineAction(createAccountTokenSchema, ({ actor }, input) =>
  createAccountToken(actor, input),
);

export const rollAccountTokenAction = defineAction(
  rollSchema.extend({ tokenId: tokenIdSchema }),
  ({ actor }, input) => rollAccountToken(actor, input.tokenId, { grace: input.grace }),
);

export const revokeAccountTokenAction = defineAction(
  z.object({ tokenId: tokenIdSchema }).strict(),
  async ({ actor }, input) => {
    await revokeAccountToken(actor, input.tokenId);
    return null;
  },
);
