"use client";

import { useId, useState } from "react";
import { FieldDescription, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { expiryDate, type Expiry } from "@/lib/account-tokens/schemas";

type Choice = "never" | "7d" | "30d" | "90d" | "date";

const CHOICES: { value: Choice; label: string }[] = [
  { value: "never", label: "Never" },
  { value: "7d", label: "In 7 days" },
  { value: "30d", label: "In 30 days" },
  { value: "90d", label: "In 90 days" },
  { value: "date", label: "On a date…" },
];

function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function hint(expiry: Expiry): string {
  if (expiry === "never") return "The token works until you revoke it.";
  if (typeof expiry === "object" && !/^\d{4}-\d{2}-\d{2}$/.test(expiry.date))
    return "Stops working at the start of that day (UTC).";
  const at = expiryDate(expiry);
  if (!at || Number.isNaN(at.getTime())) return "";
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeStyle: "short" }).format(at);
  return `Stops working on ${when}.`;
}

type ExpiryFieldProps = {
  value: Expiry;
  onChange: (expiry: Expiry) => void;
  error?: string;
  dateError?: string;
  disabled?: boolean;
};

/** Never, 7 / 30 / 90 days, or a date (the token stops at the start of that day, UTC). */
export function ExpiryField({ value, onChange, error, dateError, disabled }: ExpiryFieldProps) {
  const id = useId();
  const choice: Choice = typeof value === "object" ? "date" : value;
  const [tomorrow] = useState(() => isoDay(new Date(Date.now() + 24 * 60 * 60 * 1000)));
  const message = dateError ?? error;

  return (
    <div className="grid gap-2">
      <Label htmlFor={`${id}-choice`}>Expiration</Label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Select
          id={`${id}-choice`}
          value={choice}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          aria-invalid={error && !dateError ? true : undefined}
          onChange={(event) => {
            const next = event.target.value as Choice;
            onChange(next === "date" ? { date: "" } : next);
          }}
        >
          {CHOICES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
        {typeof value === "object" && (
          <Input
            type="date"
            aria-label="Expiration date"
            min={tomorrow}
            value={value.date}
            disabled={disabled}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
            onChange={(event) => onChange({ date: event.target.value })}
          />
        )}
      </div>
      <FieldDescription id={`${id}-hint`}>{hint(value)}</FieldDescription>
      <FieldError id={`${id}-error`}>{message}</FieldError>
    </div>
  );
}
