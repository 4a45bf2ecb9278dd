"use client";

import { ChevronsUpDown, Globe } from "lucide-react";
import { useParams } from "next/navigation";
import { DeferredMenu } from "@/components/shell/deferred-menu";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/access";

export type SwitcherWebsite = { id: string; name: string; domain: string; role: Role };

const loadMenu = () => import("./website-switcher-content").then((module) => module.WebsiteSwitcherContent);

/**
 * The header's website menu. It sits in the shared layout, which never sees the page's params, so
 * without an explicit `currentId` it reads the website from the URL.
 */
export function WebsiteSwitcher({
  websites,
  currentId,
}: {
  websites: SwitcherWebsite[];
  currentId?: string;
}) {
  const params = useParams<{ websiteId?: string }>();
  const activeId = currentId ?? params?.websiteId;
  const current = websites.find((w) => w.id === activeId);
  return (
    <DeferredMenu
      load={loadMenu}
      props={{ websites, activeId }}
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
