"use client";

import { ChevronsUpDown, Globe } from "lucide-react";
import { useParams } from "next/navigation";
import { useActiveWebsite } from "@/components/shell/active-website";
import { DeferredMenu } from "@/components/shell/deferred-menu";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/access";

export type SwitcherWebsite = { id: string; name: string; domain: string; role: Role };

const loadMenu = () => import("./website-switcher-content").then((module) => module.WebsiteSwitcherContent);

/**
 * The header's website menu: the person's first websites by name (`total` counts them all). It
 * sits in the shared layout, which never sees the page's params, so it reads the website from the
 * URL, and names one beyond its list from what the website's layout publishes.
 */
export function WebsiteSwitcher({ websites, total }: { websites: SwitcherWebsite[]; total: number }) {
  const params = useParams<{ websiteId?: string }>();
  const activeId = params?.websiteId;
  const published = useActiveWebsite();
  const listed = websites.find((w) => w.id === activeId);
  const current = listed ?? (published?.id === activeId ? published : undefined);
  const shown = current && !listed ? [current, ...websites] : websites;
  return (
    <DeferredMenu
      load={loadMenu}
      props={{ websites: shown, activeId, total }}
      trigger={
        <Button variant="outline" size="sm" className="max-w-56">
          <Globe aria-hidden />
          <span className="truncate">{current ? current.name : "All websites"}</span>
          <ChevronsUpDown aria-hidden className="opacity-60" />
        </Button>
      }
    />
  );
}
