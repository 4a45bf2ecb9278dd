"use client";

import { Check, ChevronsUpDown, Globe } from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ROLE_LABEL, type Role } from "@/lib/access";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export type SwitcherWebsite = { id: string; name: string; domain: string; role: Role };

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
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className="max-w-56">
          <Globe aria-hidden />
          <span className="truncate">{current ? current.name : "All websites"}</span>
          <ChevronsUpDown aria-hidden className="opacity-60" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-h-96 w-64 overflow-y-auto">
        <DropdownMenuLabel>Websites</DropdownMenuLabel>
        {websites.length === 0 && (
          <p className="px-2 py-1.5 text-sm text-muted-foreground">No websites yet.</p>
        )}
        {websites.map((website) => (
          <DropdownMenuItem key={website.id} asChild>
            <Link
              href={`/websites/${website.id}`}
              aria-current={website.id === activeId ? "page" : undefined}
            >
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
          <Link href="/">All websites</Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
