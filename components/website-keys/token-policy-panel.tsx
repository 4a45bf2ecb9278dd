"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "@/components/feedback/toast";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { setTokenPolicyAction } from "@/lib/actions/token-policy";
import type { PolicyViolation, TokenPolicyDto, TokenPolicyInput } from "@/lib/token-policy/schemas";

type TokenPolicyPanelProps = {
  websiteId: string;
  policy: TokenPolicyDto;
  violations: PolicyViolation[];
  /** Owners edit; the rest of the team sees the policy read-only. */
  canEdit: boolean;
};

type Values = { maxLifetimeDays: string; mustExpire: boolean; allowAllWebsites: boolean };

/**
 * Website settings → Developer: what account tokens reaching the website must respect, and the
 * live tokens that do not (made before the policy). Their people regenerate them within it.
 */
export function TokenPolicyPanel({ websiteId, policy, violations, canEdit }: TokenPolicyPanelProps) {
  const router = useRouter();
  const form = useForm<Values>({
    defaultValues: {
      maxLifetimeDays: policy.maxLifetimeDays === null ? "" : String(policy.maxLifetimeDays),
      mustExpire: policy.mustExpire,
      allowAllWebsites: policy.allowAllWebsites,
    },
  });
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (values: Values) => {
      const input: TokenPolicyInput = {
        maxLifetimeDays: values.maxLifetimeDays.trim() === "" ? null : Number(values.maxLifetimeDays),
        mustExpire: values.mustExpire,
        allowAllWebsites: values.allowAllWebsites,
      };
      return setTokenPolicyAction({ websiteId, ...input });
    },
    {
      onSuccess: () => {
        toast("Token policy saved.");
        router.refresh();
      },
    },
  );

  return (
    <section aria-labelledby="token-policy-heading" className="grid gap-4">
      <h2 id="token-policy-heading" className="text-lg font-semibold">
        Token policy
      </h2>
      <p className="text-sm text-muted-foreground">
        Account tokens that reach this website are checked against it when they are created, edited or
        regenerated.
      </p>
      <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4" aria-label="Token policy">
        <Field
          label="Maximum token lifetime (days)"
          description="Empty: no limit."
          error={form.formState.errors.maxLifetimeDays?.message}
        >
          <Input inputMode="numeric" disabled={!canEdit || pending} {...form.register("maxLifetimeDays")} />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" disabled={!canEdit || pending} {...form.register("mustExpire")} />
          Tokens must expire
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" disabled={!canEdit || pending} {...form.register("allowAllWebsites")} />
          Allow tokens for all websites
        </label>
        <FormError form={form} retry={retry} />
        {canEdit ? (
          <div>
            <Button type="submit" loading={pending}>
              Save policy
            </Button>
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Only owners can change the token policy.</p>
        )}
      </form>
      {violations.length > 0 && (
        <div className="grid gap-2">
          <h3 className="font-medium">Tokens outside the policy</h3>
          <ul aria-label="Tokens outside the policy" className="grid gap-1 text-sm">
            {violations.map((violation) => (
              <li key={violation.tokenId}>
                <span className="font-medium">{violation.name}</span>{" "}
                <span className="font-mono">{violation.displayKey}</span> ({violation.person.name}):{" "}
                {violation.reason}
              </li>
            ))}
          </ul>
          <p className="text-sm text-muted-foreground">
            Their people see them under Account settings → API, each with a one-step regenerate within the
            policy, or revoke.
          </p>
        </div>
      )}
    </section>
  );
}
