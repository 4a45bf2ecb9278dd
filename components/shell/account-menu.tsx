"use client";

import { ChevronDown } from "lucide-react";
import { DeferredMenu } from "@/components/shell/deferred-menu";
import { Button } from "@/components/ui/button";

const loadMenu = () => import("./account-menu-content").then((module) => module.AccountMenuContent);

export function AccountMenu({ name, email }: { name: string; email: string }) {
  return (
    <DeferredMenu
      load={loadMenu}
      props={{ name, email }}
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Account menu for ${name}`}>
          <span
            className="grid size-7 place-items-center rounded-full bg-primary text-xs font-semibold text-primary-foreground"
            aria-hidden
          >
            {name.slice(0, 1).toUpperCase()}
          </span>
          <span className="hidden max-w-40 truncate sm:inline">{name}</span>
          <ChevronDown aria-hidden />
        </Button>
      }
    />
  );
}
