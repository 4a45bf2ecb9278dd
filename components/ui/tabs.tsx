import Link from "next/link";

import { LinkPendingHint } from "@/components/navigation/link-pending-hint";
import { cn } from "@/lib/utils/cn";

export type NavTabItem = { href: string; label: string; current: boolean };

type NavTabsProps = Omit<React.ComponentProps<"nav">, "children"> & {
  items: NavTabItem[];
  /** Names the navigation landmark, e.g. "Website settings". */
  "aria-label": string;
};

/**
 * Section navigation that looks like tabs but is made of links (each tab is its own URL), so it
 * uses aria-current="page" rather than the ARIA tabs pattern. Scrolls sideways on phones. A tab
 * whose page is still loading shows it (LinkPendingHint).
 */
export function NavTabs({ items, className, ...props }: NavTabsProps) {
  return (
    <nav className={cn("border-b", className)} {...props}>
      <ul role="list" className="-mb-px flex gap-1 overflow-x-auto">
        {items.map((item) => (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={item.current ? "page" : undefined}
              className={cn(
                "relative inline-flex h-10 items-center border-b-2 border-transparent px-3 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors",
                // Inset focus outline: the scrolling list would clip one drawn outside the link.
                "hover:border-input hover:text-foreground focus-visible:-outline-offset-2",
                "aria-[current=page]:border-primary aria-[current=page]:text-foreground",
              )}
            >
              {item.label}
              <LinkPendingHint label={item.label} className="inset-x-0 -bottom-0.5" />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
