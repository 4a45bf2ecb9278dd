"use client";

import type { ComponentType } from "react";
import { LoadRefused, onDemand, type OnDemandCode } from "@/components/forms/use-on-demand";
import { TOKEN_NOT_FOUND_MESSAGE } from "@/lib/account-tokens/messages";
import type { TokenFormContext } from "@/lib/account-tokens/token-form-context";
import { tokenFormContextAction } from "@/lib/actions/account-tokens";
import type { CreateTokenFormProps } from "./create-token-form";
import type { EditTokenFormProps } from "./edit-token-form";

// The token forms load when their dialog opens: their code (pickers, rules, zod, react-hook-form),
// once a page, and what they check choices against (the person's websites and roles, the edited
// token's whole allow-list), every time, so the page itself carries neither.

/** The create form's code: "Create token" preloads it on hover or focus. */
export const createTokenFormCode = onDemand(() =>
  import("./create-token-form").then((module) => module.CreateTokenForm),
);

const editTokenFormCode = onDemand(() => import("./edit-token-form").then((module) => module.EditTokenForm));

async function formContext(tokenId: string | null): Promise<TokenFormContext> {
  const result = await tokenFormContextAction({ tokenId });
  if (!result.ok) throw new LoadRefused(result.error.message);
  return result.data;
}

/** For one opening of the create dialog: the form with the person's websites and roles now. */
export function createTokenFormWithContext(): OnDemandCode<
  ComponentType<Omit<CreateTokenFormProps, "memberships">>
> {
  return onDemand(async () => {
    const [Form, { memberships }] = await Promise.all([createTokenFormCode.load(), formContext(null)]);
    return function CreateTokenFormWithContext(props: Omit<CreateTokenFormProps, "memberships">) {
      return <Form {...props} memberships={memberships} />;
    };
  });
}

/** For one opening of the edit dialog: the form with the token as stored now, whole. */
export function editTokenFormWithContext(
  tokenId: string,
): OnDemandCode<ComponentType<Omit<EditTokenFormProps, "memberships" | "token">>> {
  return onDemand(async () => {
    const [Form, { memberships, token }] = await Promise.all([
      editTokenFormCode.load(),
      formContext(tokenId),
    ]);
    if (!token) throw new LoadRefused(TOKEN_NOT_FOUND_MESSAGE);
    return function EditTokenFormWithContext(props: Omit<EditTokenFormProps, "memberships" | "token">) {
      return <Form {...props} memberships={memberships} token={token} />;
    };
  });
}
