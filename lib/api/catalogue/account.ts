import "server-only";
import { z } from "zod";
import { accountTokenDtoSchema } from "@/lib/account-tokens/dto";
import { TOKEN_DELETED_MESSAGE } from "@/lib/account-tokens/messages";
import { createAccountTokenApiSchema, rollApiSchema } from "@/lib/account-tokens/schemas";
import { tokenIdParams } from "@/lib/api/params";
import { credentialDescriptionSchema } from "@/lib/credentials/describe-credential";
import { credentialUsageDtoSchema } from "@/lib/usage/dto";
import { profileDtoSchema } from "@/lib/users/profile-dto";
import { profileSchema } from "@/lib/users/schemas";
import { revokedSchema, secretField } from "./common";
import { defineOperation } from "./operation";

export const getToken = defineOperation({
  id: "getToken",
  method: "GET",
  path: "/token",
  tag: "Account",
  summary: "Describe the calling secret",
  description: "What the secret in the Authorization header is and carries; never the secret itself.",
  access: null,
  response: credentialDescriptionSchema,
});

export const getAccount = defineOperation({
  id: "getAccount",
  method: "GET",
  path: "/admin/account",
  tag: "Account",
  summary: "Read your profile",
  access: "account.read",
  response: profileDtoSchema,
});

export const updateAccount = defineOperation({
  id: "updateAccount",
  method: "PUT",
  path: "/admin/account",
  tag: "Account",
  summary: "Change your name",
  access: "account.write",
  body: profileSchema,
  response: profileDtoSchema,
});

export const listAccountTokens = defineOperation({
  id: "listAccountTokens",
  method: "GET",
  path: "/admin/access-tokens",
  tag: "Account tokens",
  summary: "List your account tokens",
  description: 'Your own tokens that are not revoked, with display keys only; `scope` is always "user".',
  access: "tokens.read",
  response: accountTokenDtoSchema,
  list: true,
});

export const createAccountToken = defineOperation({
  id: "createAccountToken",
  method: "POST",
  path: "/admin/access-tokens",
  tag: "Account tokens",
  summary: "Create an account token",
  description:
    "It can never exceed the calling token's permissions or website scope; `key` is returned once.",
  access: "tokens.write",
  body: createAccountTokenApiSchema,
  response: accountTokenDtoSchema.extend({ key: secretField }),
});

export const revokeAccountToken = defineOperation({
  id: "revokeAccountToken",
  method: "DELETE",
  path: "/admin/access-tokens/{id}",
  tag: "Account tokens",
  summary: "Revoke one of your account tokens",
  description: "Answers DataFast's `message`, then the revoked token's `_id`.",
  access: "tokens.write",
  params: tokenIdParams,
  response: z.object({ message: z.literal(TOKEN_DELETED_MESSAGE), ...revokedSchema.shape }),
  errors: [404],
});

export const rollAccountToken = defineOperation({
  id: "rollAccountToken",
  method: "POST",
  path: "/admin/access-tokens/{id}/roll",
  tag: "Account tokens",
  summary: "Roll one of your account tokens",
  description:
    "Same `_id`, name, permissions and scope, a new `key` returned once; the old secret stops working now, or after `grace`. A token cannot roll a token wider than itself.",
  access: "tokens.write",
  params: tokenIdParams,
  body: rollApiSchema,
  response: accountTokenDtoSchema.extend({ key: secretField }),
  errors: [404, 409],
});

export const getAccountTokenUsage = defineOperation({
  id: "getAccountTokenUsage",
  method: "GET",
  path: "/admin/access-tokens/{id}/usage",
  tag: "Account tokens",
  summary: "Read one of your account tokens' usage",
  description:
    "Requests per day for 30 days by status class, the top operations, the client addresses it was used from and its last refusals. Counts are written in batches, so the last few seconds may be missing.",
  access: "tokens.read",
  params: tokenIdParams,
  response: credentialUsageDtoSchema,
  errors: [404],
});

export const ACCOUNT_OPERATIONS = [
  getToken,
  getAccount,
  updateAccount,
  listAccountTokens,
  createAccountToken,
  revokeAccountToken,
  rollAccountToken,
  getAccountTokenUsage,
];
