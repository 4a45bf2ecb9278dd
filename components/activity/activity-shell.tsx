"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button, buttonVariants } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/lib/utils/cn";
import { activityHref, type ActivityFilters } from "./activity-href";

export type FilterOption = { value: string; label: string };

type ActivityShellProps = {
  actions: FilterOption[];
  people: FilterOption[];
  selected: ActivityFilters;
  newerHref: string | null;
  olderHref: string | null;
  /** The list (or its empty state), rendered on the server. */
  children: React.ReactNode;
};

/**
 * Filters and Older/Newer links around the server-rendered list. Everything lives in the URL
 * (shareable, works without JavaScript: the form is a plain GET); with JavaScript, changes
 * navigate in a transition and the list shows that it is loading.
 */
export function ActivityShell({
  actions,
  people,
  selected,
  newerHref,
  olderHref,
  children,
}: ActivityShellProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const filtered = Boolean(selected.action || selected.actor);

  function go(href: string) {
    startTransition(() => router.push(href, { scroll: false }));
  }

  function apply(form: HTMLFormElement) {
    const data = new FormData(form);
    go(
      activityHref(pathname, {
        action: String(data.get("action") ?? ""),
        actor: String(data.get("actor") ?? ""),
      }),
    );
  }

  function follow(event: React.MouseEvent<HTMLAnchorElement>, href: string) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    go(href);
  }

  const pageLink = (href: string | null, label: string, icon: React.ReactNode, after: boolean) =>
    href ? (
      <Link
        href={href}
        onClick={(event) => follow(event, href)}
        className={buttonVariants({ variant: "outline", size: "sm" })}
      >
        {!after && icon}
        {label}
        {after && icon}
      </Link>
    ) : (
      <Button variant="outline" size="sm" disabled>
        {!after && icon}
        {label}
        {after && icon}
      </Button>
    );

  return (
    <div className="grid gap-4">
      <form
        key={`${selected.action ?? ""}|${selected.actor ?? ""}`}
        method="get"
        role="search"
        aria-label="Filter activity"
        className="grid items-end gap-3 sm:grid-cols-[minmax(0,16rem)_minmax(0,16rem)_auto]"
        onChange={(event) => apply(event.currentTarget)}
        onSubmit={(event) => {
          event.preventDefault();
          apply(event.currentTarget);
        }}
      >
        <Field label="Action">
          <Select name="action" defaultValue={selected.action ?? ""}>
            <option value="">All actions</option>
            {actions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Person">
          <Select name="actor" defaultValue={selected.actor ?? ""}>
            <option value="">Everyone</option>
            {people.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex items-center gap-3 sm:h-10">
          <noscript>
            <Button type="submit" variant="secondary">
              Apply
            </Button>
          </noscript>
          {filtered && (
            <Link
              href={pathname}
              onClick={(event) => follow(event, pathname)}
              className={buttonVariants({ variant: "link" })}
            >
              Clear filters
            </Link>
          )}
          {pending && <Spinner label="Loading activity" />}
        </div>
      </form>

      <div aria-busy={pending || undefined} className={cn("transition-opacity", pending && "opacity-60")}>
        {children}
      </div>

      {(newerHref || olderHref) && (
        <nav aria-label="Activity pages" className="flex justify-between gap-2">
          {pageLink(newerHref, "Newer", <ChevronLeft aria-hidden="true" />, false)}
          {pageLink(olderHref, "Older", <ChevronRight aria-hidden="true" />, true)}
        </nav>
      )}
    </div>
  );
}
