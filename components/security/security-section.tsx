import { useId } from "react";

type SecuritySectionProps = {
  title: string;
  description?: React.ReactNode;
  /** Beside the title: a status badge. */
  status?: React.ReactNode;
  children: React.ReactNode;
};

/** One section of the Security page: a titled card, named for assistive tech by its heading. */
export function SecuritySection({ title, description, status, children }: SecuritySectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="grid gap-4 rounded-xl border bg-card p-4 sm:p-6">
      <div className="grid gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={id} className="text-lg font-medium">
            {title}
          </h2>
          {status}
        </div>
        {description && <p className="max-w-prose text-sm text-muted-foreground">{description}</p>}
      </div>
      {children}
    </section>
  );
}
