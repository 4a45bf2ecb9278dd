import { cn } from "@/lib/utils/cn";

/** Shared by Input, Select and the timezone combobox so every text control looks and reacts the same. */
export const controlClasses = cn(
  "w-full min-w-0 rounded-md border border-input bg-background px-3 text-foreground shadow-xs transition-colors",
  "placeholder:text-muted-foreground",
  "disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-60",
  "aria-invalid:border-destructive aria-invalid:focus-visible:outline-destructive",
);

/** 16 px on phones, where a smaller font makes the browser zoom in on focus. */
export const controlText = "text-base sm:text-sm";

/** `mono`: a secret, link or code shown to copy, in a small monospace font. */
export function Input({
  className,
  type = "text",
  mono = false,
  ...props
}: React.ComponentProps<"input"> & { mono?: boolean }) {
  return (
    <input
      type={type}
      className={cn(
        controlClasses,
        mono ? "font-mono text-sm" : controlText,
        "h-10 py-2 read-only:bg-muted/50",
        "file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium",
        className,
      )}
      {...props}
    />
  );
}
