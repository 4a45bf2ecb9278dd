import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, Resolver } from "react-hook-form";
import type { Grant } from "@/lib/access";
import {
  createAccountTokenSchema,
  type CreateAccountTokenInput,
  type Expiry,
} from "@/lib/account-tokens/schemas";
import type { PickerPreset } from "./permission-picker";

export type ScopeMode = "all" | "selected";

/**
 * The create dialog's form state: the shared schema's input plus the two choices that decide how
 * it is filled in (which preset, which scope). Everything the pickers show lives here, in
 * react-hook-form, so reset, dirty state and errors cover all of it.
 */
export type TokenFormValues = {
  name: string;
  permissions: Grant[];
  /** Kept while "All websites" is chosen, so switching back restores the selection. */
  websiteIds: string[];
  expiry: Expiry;
  preset: PickerPreset;
  scope: ScopeMode;
};

export const TOKEN_FORM_DEFAULTS: TokenFormValues = {
  name: "",
  permissions: ["*"],
  websiteIds: [],
  expiry: "never",
  preset: "full-access",
  scope: "all",
};

export const NO_WEBSITE_CHOSEN = "Choose at least one website, or all websites.";

/** What the action receives: exactly the shared schema's input. [] is "all websites". */
export function toCreateInput(values: TokenFormValues): CreateAccountTokenInput {
  return {
    name: values.name,
    permissions: values.permissions,
    websiteIds: values.scope === "all" ? [] : values.websiteIds,
    expiry: values.expiry,
  };
}

const schemaResolver = zodResolver(createAccountTokenSchema, undefined, { raw: true });

/**
 * zodResolver(createAccountTokenSchema) over the schema's part of the form, plus the one rule the
 * schema can't see: "Only selected websites" with none selected would otherwise be sent as [],
 * which means all websites.
 */
export const tokenFormResolver: Resolver<TokenFormValues, unknown, CreateAccountTokenInput> = async (
  values,
  context,
  options,
) => {
  const input = toCreateInput(values);
  const result = await schemaResolver(
    input,
    context,
    options as unknown as Parameters<typeof schemaResolver>[2],
  );
  const errors = { ...result.errors } as FieldErrors<TokenFormValues>;
  if (values.scope === "selected" && values.websiteIds.length === 0) {
    errors.websiteIds = { type: "required", message: NO_WEBSITE_CHOSEN };
  }
  if (Object.keys(errors).length > 0) return { values: {}, errors };
  return { values: input, errors: {} };
};

/** "websiteIds.3" → "websiteIds"; "expiry.date" stays (the date input shows it). */
export function formField(path: string): keyof TokenFormValues | "expiry.date" | null {
  if (path === "expiry.date") return path;
  const head = path.split(".")[0];
  return head === "name" || head === "permissions" || head === "websiteIds" || head === "expiry"
    ? head
    : null;
}
