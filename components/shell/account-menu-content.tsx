"use client";

import { LogOut, Settings } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { signOut } from "@/components/auth/next-auth-client";
import { toast } from "@/components/feedback/toast";
import { UNREACHABLE_MESSAGE } from "@/components/forms/use-action-form";
import type { LoadedMenu } from "@/components/shell/deferred-menu";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export const AccountMenuContent: LoadedMenu<{ name: string; email: string }> = ({
  name,
  email,
  trigger,
  defaultOpen,
}) => {
  // The open menu renders here, inside the header's landmark: its name and email are text, which
  // must not float outside every landmark at the end of <body>.
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <div ref={setContainer} />
      <DropdownMenuContent align="end" className="w-60" container={container}>
        <DropdownMenuLabel className="grid">
          <span className="truncate">{name}</span>
          <span className="truncate text-xs font-normal text-muted-foreground">{email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">
            <Settings aria-hidden /> Account settings
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={() =>
            // Success leaves the page; a failure must say so, or the person believes they are out.
            signOut("/sign-in").catch(() =>
              toast(`You are still signed in. ${UNREACHABLE_MESSAGE}`, "failure"),
            )
          }
        >
          <LogOut aria-hidden /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
};
