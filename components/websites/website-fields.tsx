"use client";

import type { FocusEvent } from "react";
import { Controller, type FieldValues, type UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { TimezoneCombobox } from "./timezone-combobox";
import { normaliseDomain } from "@/lib/websites/domain";
import type { WebsiteOptions } from "@/lib/websites/website-options";

/** What the create and settings forms hold before parsing: four strings. */
export type WebsiteFieldValues = { domain: string; name: string; timezone: string; currency: string };

/** Domain, name, timezone and currency, shared by the create dialog and Settings → General. */
export function WebsiteFields<TOutput extends FieldValues>({
  form,
  options,
  nameOptional = false,
}: {
  form: UseFormReturn<WebsiteFieldValues, unknown, TOutput>;
  options: WebsiteOptions;
  nameOptional?: boolean;
}) {
  const { register, formState, control, setValue } = form;
  const errors = formState.errors;
  return (
    <>
      <Field
        label="Domain"
        description="The bare host name, like shop.example.com. A pasted URL is trimmed to its host."
        error={errors.domain?.message}
        required
      >
        <Input
          inputMode="url"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          placeholder="shop.example.com"
          {...register("domain", {
            // A pasted URL becomes its bare host as soon as the field is left.
            onBlur: (event: FocusEvent<HTMLInputElement>) => {
              const host = normaliseDomain(event.target.value);
              if (host !== event.target.value)
                setValue("domain", host, { shouldValidate: formState.isSubmitted });
            },
          })}
        />
      </Field>
      <Field
        label={
          nameOptional ? (
            <>
              Name <span className="font-normal text-muted-foreground">(optional)</span>
            </>
          ) : (
            "Name"
          )
        }
        description={nameOptional ? "Shown in lists and menus. Left empty, the domain is used." : undefined}
        error={errors.name?.message}
        required={!nameOptional}
      >
        <Input autoComplete="off" {...register("name")} />
      </Field>
      <Controller
        control={control}
        name="timezone"
        render={({ field, fieldState }) => (
          <Field
            label="Timezone"
            description="Days in reports start at midnight in this timezone."
            error={fieldState.error?.message}
            required
          >
            <TimezoneCombobox
              options={options.timezones}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
              ref={field.ref}
              disabled={field.disabled}
            />
          </Field>
        )}
      />
      <Field
        label="Currency"
        description="Revenue is reported in this currency."
        error={errors.currency?.message}
        required
      >
        <Select {...register("currency")}>
          {options.currencies.map((currency) => (
            <option key={currency.value} value={currency.value}>
              {currency.label}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
