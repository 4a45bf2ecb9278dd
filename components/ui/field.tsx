import { useId } from "react";
import { Slot } from "radix-ui";

import { cn } from "@/lib/utils/cn";
import { Label } from "@/components/ui/label";

function joinIds(...ids: (string | undefined)[]) {
  return ids.filter(Boolean).join(" ") || undefined;
}

export function FieldDescription({ className, ...props }: React.ComponentProps<"p">) {
  return <p className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

/** Renders nothing without a message; role="alert" makes a new or changed error audible. */
export function FieldError({ className, children, ...props }: React.ComponentProps<"p">) {
  if (!children) return null;
  return (
    <p role="alert" className={cn("text-sm font-medium text-destructive", className)} {...props}>
      {children}
    </p>
  );
}

type FieldProps = {
  label: React.ReactNode;
  description?: React.ReactNode;
  /** e.g. `errors.name?.message` or `fieldState.error?.message`. */
  error?: string;
  required?: boolean;
  /** The control's id; set it here, not on the control, so the label stays linked. */
  id?: string;
  className?: string;
  /** Exactly one control element; it receives id, aria-describedby, aria-invalid and aria-required. */
  children: React.ReactElement;
};

/**
 * Label + control + description + error, wired for assistive tech.
 * Works with `register` (`<Field …><Input {...register("name")} /></Field>`) and with
 * `<Controller render={({ field, fieldState }) => <Field error={fieldState.error?.message} …>…` .
 */
export function Field({ label, description, error, required, id, className, children }: FieldProps) {
  const autoId = useId();
  const controlId = id ?? `${autoId}-control`;
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;

  return (
    <div className={cn("grid gap-2", className)}>
      <Label htmlFor={controlId}>
        {label}
        {required && (
          <span aria-hidden="true" className="text-destructive">
            {" *"}
          </span>
        )}
      </Label>
      <Slot.Root
        id={controlId}
        aria-describedby={joinIds(descriptionId, errorId)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
      >
        {children}
      </Slot.Root>
      {description && <FieldDescription id={descriptionId}>{description}</FieldDescription>}
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}

type FieldsetProps = Omit<React.ComponentProps<"fieldset">, "children"> & {
  legend: React.ReactNode;
  description?: React.ReactNode;
  error?: string;
  children: React.ReactNode;
};

/** A group of controls (checkboxes, a radio group) sharing one legend, description and error. */
export function Fieldset({ legend, description, error, className, children, ...props }: FieldsetProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  return (
    <fieldset
      aria-describedby={joinIds(descriptionId, errorId)}
      className={cn("min-w-0", className)}
      {...props}
    >
      <legend className="text-sm font-medium">{legend}</legend>
      {/* The rendered <legend> is not a grid item, so the grid lives in a wrapper. */}
      <div className="mt-2 grid gap-3">
        {description && <FieldDescription id={descriptionId}>{description}</FieldDescription>}
        {children}
        <FieldError id={errorId}>{error}</FieldError>
      </div>
    </fieldset>
  );
}
