"use client";

import { createContext, use, useId } from "react";

import { cn } from "@/lib/utils/cn";
import { ChoiceBox, indicatorClasses } from "./choice-box";

/** One column of choices, or choice cards in 2 or 3 columns from `sm` up. */
const layouts = { 1: "gap-3", 2: "gap-2 sm:grid-cols-2", 3: "gap-2 sm:grid-cols-3" } as const;

type Group = {
  name: string;
  value: string | undefined;
  disabled: boolean;
  onValueChange: (value: string) => void;
};

const GroupContext = createContext<Group | null>(null);

type RadioGroupProps = Omit<React.ComponentProps<"div">, "onChange"> & {
  /** Undefined while nothing is chosen. */
  value: string | undefined;
  onValueChange: (value: string) => void;
  disabled?: boolean;
  columns?: keyof typeof layouts;
};

/**
 * Native radio buttons sharing one name (no script of their own): arrow keys move between them
 * and Tab enters at the chosen one. Label each item with <Label htmlFor>, or wrap it in a label.
 */
export function RadioGroup({
  className,
  value,
  onValueChange,
  disabled = false,
  columns = 1,
  ...props
}: RadioGroupProps) {
  const name = useId();
  return (
    <GroupContext value={{ name, value, disabled, onValueChange }}>
      <div role="radiogroup" className={cn("grid", layouts[columns], className)} {...props} />
    </GroupContext>
  );
}

type RadioGroupItemProps = Omit<
  React.ComponentProps<"input">,
  "type" | "name" | "checked" | "onChange" | "value"
> & {
  value: string;
};

/** `className` places the circle (e.g. `mt-0.5`). */
export function RadioGroupItem({ value, disabled, ...props }: RadioGroupItemProps) {
  const group = use(GroupContext);
  if (!group) throw new Error("RadioGroupItem belongs inside a RadioGroup.");
  return (
    <ChoiceBox
      type="radio"
      name={group.name}
      value={value}
      checked={group.value === value}
      disabled={group.disabled || disabled}
      onChange={(event) => event.currentTarget.checked && group.onValueChange(value)}
      shape="rounded-full checked:border-primary"
      indicator={
        <span aria-hidden="true" className={cn(indicatorClasses, "size-2 rounded-full bg-primary")} />
      }
      {...props}
    />
  );
}
