"use client";

import { useId, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { FieldDescription, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { EXPIRY_PRESETS, expiryDate, type ExpiryPreset } from "@/lib/account-tokens/schemas";
import { todayIn } from "@/lib/credentials/end-of-day";
import type { ExpiryChoice } from "./token-form";

type Choice = "keep" | ExpiryPreset | "date" | "never";

// "Never" comes last: it is the choice to think twice about (issue 14).
const CHOICES: { value: Exclude<Choice, "keep">; label: string }[] = [
  { value: "7d", label: "In 7 days" },
  { value: "30d", label: "In 30 days" },
  { value: "90d", label: "In 90 days" },
  { value: "date", label: "At the end of a day…" },
  { value: "never", label: "Never" },
];

/** The person's IANA timezone, as the browser knows it (UTC if it can't say). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** "March 1, 2027 at 11:59:59 PM PST": the instant in the person's timezone (to the second, or the minute). */
export function exactInstant(at: Date, timeZone: string, withSeconds = true): string {
  return new Intl.DateTimeFormat(undefined, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    ...(withSeconds ? { second: "2-digit" } : {}),
    timeZoneName: "short",
    timeZone,
  }).format(at);
}

function nextDay(day: string): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString().slice(0, 10);
}

function hint(value: ExpiryChoice, timeZone: string, current: string | null | undefined): string {
  if (value === "keep") {
    return current
      ? `It keeps its expiry: ${exactInstant(new Date(current), timeZone)}.`
      : "It keeps working until you revoke it.";
  }
  if (value === "never") return "The token works until you revoke it.";
  if (typeof value === "string") {
    const at = expiryDate(value);
    return at
      ? `It stops working ${EXPIRY_PRESETS[value]} days after you save: ${exactInstant(at, timeZone, false)}.`
      : "";
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.date))
    return `Choose the last day it works; it stops at the end of that day in your timezone (${timeZone}).`;
  const at = expiryDate(value);
  if (!at || Number.isNaN(at.getTime())) return "";
  return `It works through that day and stops at ${exactInstant(at, timeZone)}, the end of the day in your timezone (${timeZone}).`;
}

type ExpiryFieldProps = {
  value: ExpiryChoice;
  onChange: (expiry: ExpiryChoice) => void;
  /** Editing: the token's current expiry (null: never), offered as "Keep". Omitted when creating. */
  current?: string | null;
  error?: string;
  dateError?: string;
  disabled?: boolean;
};

/**
 * 7 / 30 / 90 days, the end of a chosen day in the person's timezone (sent with the date, so the
 * server computes the same instant), or never, which warns. The exact instant is always spelled
 * out, in the person's timezone.
 */
export function ExpiryField({ value, onChange, current, error, dateError, disabled }: ExpiryFieldProps) {
  const id = useId();
  const [timeZone] = useState(browserTimeZone);
  const [tomorrow] = useState(() => nextDay(todayIn(timeZone)));
  const choice: Choice = typeof value === "object" ? "date" : value;
  const message = dateError ?? error;
  const choices =
    current === undefined
      ? CHOICES
      : [
          {
            value: "keep" as const,
            label: current ? `Keep: ${exactInstant(new Date(current), timeZone, false)}` : "Keep: never",
          },
          ...CHOICES,
        ];

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
            onChange(next === "date" ? { date: "", timeZone } : next);
          }}
        >
          {choices.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
        {typeof value === "object" && (
          <Input
            type="date"
            aria-label="Last day it works"
            min={tomorrow}
            value={value.date}
            disabled={disabled}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
            onChange={(event) => onChange({ date: event.target.value, timeZone })}
          />
        )}
      </div>
      <FieldDescription id={`${id}-hint`}>{hint(value, timeZone, current)}</FieldDescription>
      <FieldError id={`${id}-error`}>{message}</FieldError>
      {value === "never" && <NeverWarning />}
    </div>
  );
}

function NeverWarning() {
  return (
    <Alert variant="warning" role="status">
      <AlertTitle>A token that never expires works until someone revokes it</AlertTitle>
      <AlertDescription>
        If its secret leaks (a log, a laptop, a shared script), it keeps working for whoever has it. Choose an
        expiry unless something long-lived truly needs it; you can regenerate a token when it expires.
      </AlertDescription>
    </Alert>
  );
}
