"use client";

import { Check } from "lucide-react";
import Link from "next/link";
import type { LoadedMenu } from "@/components/shell/deferred-menu";
import type { SwitcherWebsite } from "@/components/shell/website-switcher";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ROLE_LABEL } from "@/lib/access";

export const WebsiteSwitcherContent: LoadedMenu<{
  websites: SwitcherWebsite[];
  activeId?: string;
  total: number;
}> = ({ websites, activeId, total, trigger, defaultOpen }) => (
  <DropdownMenu defaultOpen={defaultOpen}>
    <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
    <DropdownMenuContent align="start" className="w-64">
      <DropdownMenuLabel>Websites</DropdownMenuLabel>
      {websites.length === 0 && <p className="px-2 py-1.5 text-sm text-muted-foreground">No websites yet.</p>}
      {websites.map((website) => (
        <DropdownMenuItem key={website.id} asChild>
          <Link href={`/websites/${website.id}`} aria-current={website.id === activeId ? "page" : undefined}>
            <span className="grid min-w-0 flex-1">
              <span className="truncate">{website.name}</span>
              <span className="truncate text-xs text-muted-foreground">
                {website.domain} · {ROLE_LABEL[website.role]}
              </span>
            </span>
            {website.id === activeId && <Check aria-hidden />}
          </Link>
        </DropdownMenuItem>
      ))}
      <DropdownMenuSeparator />
      <DropdownMenuItem asChild>
        <Link href="/">
          {total > websites.length ? `All ${total.toLocaleString("en")} websites` : "All websites"}
        </Link>
      </DropdownMenuItem>
    </DropdownMenuContent>
  </DropdownMenu>
);
