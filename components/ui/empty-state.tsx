import { cn } from "@/lib/utils/cn";

type EmptyStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** A decorative icon element, e.g. `<KeyRound />`; it is hidden from screen readers. */
  icon?: React.ReactNode;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Usually the primary "Create…" button. */
  action?: React.ReactNode;
  /** h3 under a section's h2 (the default); h2 where the empty state sits right under the page's h1. */
  titleAs?: "h2" | "h3";
};

/** Shown instead of an empty table or list; the title is an <h3> under a section's <h2> unless `titleAs` says otherwise. */
export function EmptyState({
  icon,
  title,
  description,
  action,
  titleAs: Title = "h3",
  className,
  ...props
}: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed px-6 py-12 text-center",
        className,
      )}
      {...props}
    >
      {icon && (
        <div
          aria-hidden="true"
          className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-6"
        >
          {icon}
        </div>
      )}
      <div className="flex max-w-sm flex-col gap-1">
        <Title className="text-base font-semibold">{title}</Title>
        {description && <p className="text-sm text-muted-foreground">{description}</p>}
      </div>
      {action && <div className="mt-2 flex flex-wrap justify-center gap-2">{action}</div>}
    </div>
  );
}
