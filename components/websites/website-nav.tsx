"use client";

import { usePathname } from "next/navigation";
import { NavTabs } from "@/components/ui/tabs";

export type WebsiteNavItem = {
  href: string;
  label: string;
  /** Current only on this exact path, not below it. */ exact?: boolean;
};

/** NavTabs whose current tab follows the URL (layouts don't re-render when their children change). */
export function WebsiteNav({
  items,
  "aria-label": label,
}: {
  items: WebsiteNavItem[];
  "aria-label": string;
}) {
  const pathname = usePathname();
  return (
    <NavTabs
      aria-label={label}
      items={items.map((item) => ({
        href: item.href,
        label: item.label,
        current: item.exact
          ? pathname === item.href
          : pathname === item.href || pathname.startsWith(`${item.href}/`),
      }))}
    />
  );
}
