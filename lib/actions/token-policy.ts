"use server";

import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { tokenPolicySchema } from "@/lib/token-policy/schemas";
import { setTokenPolicy } from "@/lib/token-policy/token-policy";
import { idInputSchema } from "@/lib/validation/id-input";
import { WEBSITE_NOT_FOUND_MESSAGE } from "@/lib/websites/messages";

// Thin adapter: the domain checks the owner role (token-policy.write) in its transaction.
export const setTokenPolicyAction = defineAction(
  tokenPolicySchema.extend({ websiteId: idInputSchema(WEBSITE_NOT_FOUND_MESSAGE) }),
  ({ actor }, { websiteId, ...policy }) => setTokenPolicy(actor, websiteId, policy),
);
