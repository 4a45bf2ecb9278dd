"use client";

import { ChevronDown } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { ALL, PERMISSION_TABLE, canonicalPermissions, summarizePermissions, type Grant } from "@/lib/access";

/** "Full access", "Read-only", "goals:write" or "5 permissions"; the full list opens on click, tap or Enter. */
export function TokenPermissions({
  tokenName,
  permissions,
}: {
  tokenName: string;
  permissions: readonly Grant[];
}) {
  const grants = canonicalPermissions([...permissions]);
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button
          variant="ghost"
          size="xs"
          className="-ml-2"
          aria-label={`${summarizePermissions(grants)}: show the permissions of ${tokenName}`}
        >
          {summarizePermissions(grants)}
          <ChevronDown aria-hidden="true" className="opacity-60" />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-80" aria-label={`Permissions of ${tokenName}`}>
        <p className="mb-2 text-xs font-medium text-muted-foreground">Permissions of {tokenName}</p>
        <ul role="list" className="grid gap-1.5 text-sm">
          {grants.map((grant) =>
            grant === ALL ? (
              <li key={grant}>
                <code className="font-mono">*</code> — every permission, including ones added later
              </li>
            ) : (
              <li key={grant} className="flex items-baseline justify-between gap-3">
                <span>{PERMISSION_TABLE[grant].label}</span>
                <code className="font-mono text-xs text-muted-foreground">{grant}</code>
              </li>
            ),
          )}
        </ul>
      </PopoverContent>
    </Popover>
  );
}
