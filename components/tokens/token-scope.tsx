"use client";

import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Button } from "@/components/ui/button";
import type { TokenWebsitesSummary } from "@/lib/account-tokens/dto";

type TokenScopeProps = {
  allWebsites: boolean;
  /** The allow-list summed up by the server: its size and its first names. */
  websites: TokenWebsitesSummary;
};

const SHOWN = 2;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "All websites", or the allow-list by name ("shop.example.com, blog… +3 more" opens the rest). */
export function TokenScope({ allWebsites, websites }: TokenScopeProps) {
  if (allWebsites) return <span>All websites</span>;
  const { count, names, left } = websites;
  if (count === 0) return <span className="text-muted-foreground">No websites (all were deleted)</span>;
  // The server sends the first names only; the rest of the websites the person is on are counted.
  const unnamed = count - left - names.length;
  const labels = [
    ...names,
    ...(unnamed > 0 ? [plural(unnamed, "other website")] : []),
    ...(left > 0 ? [`${plural(left, "website")} you left`] : []),
  ];
  // More labels than shown means at least SHOWN names (only a full page of names leaves some unnamed).
  if (labels.length <= SHOWN) return <span className="break-words">{labels.join(", ")}</span>;
  return (
    <span className="flex flex-wrap items-center gap-x-1">
      <span className="break-words">{labels.slice(0, SHOWN).join(", ")}</span>
      <Popover>
        <PopoverTrigger asChild>
          <Button variant="link">+{count - SHOWN} more</Button>
        </PopoverTrigger>
        <PopoverContent className="w-72" aria-label="Websites this token can use">
          <ul role="list" className="grid max-h-64 gap-1 overflow-y-auto text-sm">
            {labels.map((label) => (
              <li key={label} className="truncate">
                {label}
              </li>
            ))}
          </ul>
        </PopoverContent>
      </Popover>
    </span>
  );
}
