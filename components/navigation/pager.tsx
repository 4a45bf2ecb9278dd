import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

type PagerProps = {
  /** The navigation landmark's name, e.g. "Website pages". */
  label: string;
  page: number;
  pageCount: number;
  /** What the pages hold, e.g. "1,000 websites". */
  summary: string;
  href: (page: number) => string;
};

/** Previous / Next links under a paginated list; nothing when everything fits on one page. */
export function Pager({ label, page, pageCount, summary, href }: PagerProps) {
  if (pageCount <= 1) return null;
  const link = (to: number, children: React.ReactNode) =>
    to >= 1 && to <= pageCount ? (
      <Link
        href={href(to)}
        rel={to < page ? "prev" : "next"}
        className={buttonVariants({ variant: "outline", size: "sm" })}
      >
        {children}
      </Link>
    ) : null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted-foreground">
        Page {page} of {pageCount} · {summary}
      </p>
      <div className="flex gap-2">
        {link(
          page - 1,
          <>
            <ChevronLeft aria-hidden />
            Previous
          </>,
        )}
        {link(
          page + 1,
          <>
            Next
            <ChevronRight aria-hidden />
          </>,
        )}
      </div>
    </nav>
  );
}
