import { Check } from "lucide-react";

import { cn } from "@/lib/utils/cn";
import { ChoiceBox, indicatorClasses } from "./choice-box";

type CheckboxProps = Omit<React.ComponentProps<"input">, "type" | "checked" | "onChange"> & {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
};

/** A native checkbox (no script of its own); its label is a <Label htmlFor> after it. */
export function Checkbox({ checked, onCheckedChange, ...props }: CheckboxProps) {
  return (
    <ChoiceBox
      type="checkbox"
      checked={checked}
      onChange={(event) => onCheckedChange(event.currentTarget.checked)}
      shape="rounded-sm checked:border-primary checked:bg-primary"
      indicator={
        <Check
          aria-hidden="true"
          strokeWidth={3}
          className={cn(indicatorClasses, "size-3.5 text-primary-foreground")}
        />
      }
      {...props}
    />
  );
}
