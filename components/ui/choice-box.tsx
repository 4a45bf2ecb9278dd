import { cn } from "@/lib/utils/cn";

/** Classes for what a ChoiceBox draws on top of its input when checked (a tick, a dot). */
export const indicatorClasses =
  // Positioned, so it paints over the input (positioned too, for its hit area).
  "pointer-events-none relative col-start-1 row-start-1 hidden place-self-center peer-checked:block";

type ChoiceBoxProps = React.ComponentProps<"input"> & {
  /** Drawn over the input when it is checked; give it `indicatorClasses`. */
  indicator: React.ReactNode;
  /** The input's shape and its checked colours. */
  shape: string;
};

/**
 * A native checkbox or radio drawn like the kit's other controls: the input is the 16px box and
 * the indicator sits over it. `className` places the box (e.g. `mt-0.5`); the wrapper is the
 * `peer` a following <Label> dims when the input is disabled.
 */
export function ChoiceBox({ className, indicator, shape, ...props }: ChoiceBoxProps) {
  return (
    <span className={cn("peer inline-grid size-4 shrink-0", className)}>
      <input
        className={cn(
          "peer relative col-start-1 row-start-1 m-0 size-4 appearance-none border border-input bg-background shadow-xs transition-colors",
          "disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive",
          // A 16px box is a small target on touch screens; widen the hit area without moving layout.
          "after:absolute after:-inset-2",
          shape,
        )}
        {...props}
      />
      {indicator}
    </span>
  );
}
