"use client";

import { useForm, useWatch } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  allowedIpsSchema,
  allowListEntries,
  MAX_ALLOWED_IPS,
  previewAllowList,
} from "@/lib/credentials/ip-allow-list";

type AllowedIpsFormProps = {
  /** The credential's list as stored (canonical ranges). */
  current: readonly string[];
  /** Addresses it was recently used from: the preview says which the new list would block. */
  recentIps: readonly string[];
  save: (allowedIps: string[]) => Promise<ActionResult<unknown>>;
  onSaved: () => void;
};

type Values = { allowedIps: string };

/**
 * A token's or key's IP allow-list, one range per line, with a preview of which recent client
 * addresses it would block, before saving. The same schema as the server reads the ranges.
 */
export function AllowedIpsForm({ current, recentIps, save, onSaved }: AllowedIpsFormProps) {
  const form = useForm<Values>({ defaultValues: { allowedIps: current.join("\n") } });
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (values: Values) => save(allowListEntries(values.allowedIps)),
    { fieldOf: () => "allowedIps", onSuccess: onSaved },
  );
  const parsed = allowedIpsSchema.safeParse(
    allowListEntries(useWatch({ control: form.control, name: "allowedIps" })),
  );
  const preview = parsed.success ? previewAllowList(parsed.data, recentIps) : [];

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label="IP allow-list">
      <Field
        label="IP allow-list"
        description={`IPv4 or IPv6 addresses or CIDR ranges, one per line (at most ${MAX_ALLOWED_IPS}). Empty: any address.`}
        error={form.formState.errors.allowedIps?.message ?? parsed.error?.issues[0]?.message}
      >
        <textarea
          rows={4}
          spellCheck={false}
          disabled={pending}
          className="w-full rounded-md border bg-transparent px-3 py-2 font-mono text-sm"
          {...form.register("allowedIps")}
        />
      </Field>
      {preview.length > 0 && (
        <div>
          <p className="text-sm font-medium">Recent client addresses with this list</p>
          <ul aria-label="Allow-list preview" className="text-sm">
            {preview.map(({ ip, allowed }) => (
              <li key={ip}>
                <span className="font-mono">{ip}</span>{" "}
                <span className={allowed ? "text-muted-foreground" : "font-medium text-destructive"}>
                  {allowed ? "allowed" : "would be blocked"}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <FormError form={form} retry={retry} />
      <div>
        <Button type="submit" variant="outline" loading={pending}>
          Save allow-list
        </Button>
      </div>
    </form>
  );
}
