import { zodResolver } from "@/components/forms/zod-resolver";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import { PRESETS, presetOf, type Grant } from "@/lib/access";
import type { AccountTokenDto } from "@/lib/account-tokens/dto";
import {
  createAccountTokenSchema,
  editAccountTokenSchema,
  type CreateAccountTokenInput,
  type EditAccountTokenInput,
  type Expiry,
} from "@/lib/account-tokens/schemas";
import type { PickerPreset } from "./permission-picker";

export type ScopeMode = "all" | "selected";

/** The expiry field's value: a choice, or (when editing) the token's current expiry, unchanged. */
export type ExpiryChoice = Expiry | "keep";

/**
 * The create and edit dialogs' form state: the shared schema's input plus the two choices that
 * decide how it is filled in (which preset, which scope). Everything the pickers show lives here,
 * in react-hook-form, so reset, dirty state and errors cover all of it.
 */
export type TokenFormValues = {
  name: string;
  permissions: Grant[];
  /** Kept while "All websites" is chosen, so switching back restores the selection. */
  websiteIds: string[];
  expiry: ExpiryChoice;
  preset: PickerPreset;
  scope: ScopeMode;
};

// Safer defaults (issue 14): a new token reads, and stops working in 30 days, unless the person
// chooses more.
const DEFAULT_EXPIRY: Expiry = "30d";

export const TOKEN_FORM_DEFAULTS: TokenFormValues = {
  name: "",
  permissions: [...PRESETS["read-only"]],
  websiteIds: [],
  expiry: DEFAULT_EXPIRY,
  preset: "read-only",
  scope: "all",
};

/** The edit dialog starts from the token as it is; its expiry stays unless another is chosen. */
export function editFormValues(token: AccountTokenDto): TokenFormValues {
  return {
    name: token.name,
    permissions: [...token.permissions],
    websiteIds: token.allWebsites ? [] : [...token.websiteIds],
    expiry: "keep",
    preset: presetOf(token.permissions),
    scope: token.allWebsites ? "all" : "selected",
  };
}

/**
 * A narrower replacement of `token` (issue 20): only the permissions and websites it used
 * lately; the websites stay as they were when it used none of them.
 */
export function narrowerFormValues(
  token: AccountTokenDto,
  used: { permissions: readonly Grant[]; websiteIds: readonly string[] },
): TokenFormValues {
  const permissions = [...used.permissions];
  const keepScope = used.websiteIds.length === 0;
  return {
    ...TOKEN_FORM_DEFAULTS,
    name: `${token.name} (narrower)`.slice(0, 100),
    permissions,
    preset: presetOf(permissions),
    websiteIds: keepScope ? editFormValues(token).websiteIds : [...used.websiteIds],
    scope: keepScope && token.allWebsites ? "all" : "selected",
  };
}

export const NO_WEBSITE_CHOSEN = "Choose at least one website, or all websites.";

/** The fields both schemas share. [] is "all websites". */
function sharedInput(values: TokenFormValues) {
  return {
    name: values.name,
    permissions: values.permissions,
    websiteIds: values.scope === "all" ? [] : values.websiteIds,
  };
}

/** What the create action receives: exactly the shared schema's input. */
export function toCreateInput(values: TokenFormValues): CreateAccountTokenInput {
  // The create dialog never offers "keep" (there is nothing to keep): its default stands in.
  return { ...sharedInput(values), expiry: values.expiry === "keep" ? DEFAULT_EXPIRY : values.expiry };
}

/** What the edit action's `changes` holds: every field, the expiry only when another was chosen. */
export function toEditInput(values: TokenFormValues): EditAccountTokenInput {
  return {
    ...sharedInput(values),
    ...(values.expiry === "keep" ? {} : { expiry: values.expiry }),
  };
}

/**
 * zodResolver(schema) over the schema's part of the form, plus the one rule the schema can't see:
 * "Only selected websites" with none selected would otherwise be sent as [], which means all
 * websites.
 */
function tokenResolver<TInput extends FieldValues>(
  schema: Parameters<typeof zodResolver>[0],
  toInput: (values: TokenFormValues) => TInput,
): Resolver<TokenFormValues, unknown, TInput> {
  const schemaResolver = zodResolver(schema, undefined, { raw: true });
  return async (values, context, options) => {
    const input = toInput(values);
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
}

export const tokenFormResolver = tokenResolver<CreateAccountTokenInput>(
  createAccountTokenSchema,
  toCreateInput,
);
export const editTokenFormResolver = tokenResolver<EditAccountTokenInput>(
  editAccountTokenSchema,
  toEditInput,
);

/**
 * "websiteIds.3" → "websiteIds"; "expiry.date" stays (the date input shows it). The edit action
 * nests the fields under "changes.".
 */
export function formField(path: string): keyof TokenFormValues | "expiry.date" | null {
  const inner = path.startsWith("changes.") ? path.slice("changes.".length) : path;
  if (inner === "expiry.date") return inner;
  const head = inner.split(".")[0];
  return head === "name" || head === "permissions" || head === "websiteIds" || head === "expiry"
    ? head
    : null;
}
