"use client";

import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Button } from "@/components/ui/button";

type TokenScopeProps = {
  allWebsites: boolean;
  websiteIds: readonly string[];
  /** websiteId → name, for the websites the person still belongs to. */
  names: ReadonlyMap<string, string>;
};

const SHOWN = 2;

/** "All websites", or the allow-list by name ("shop.example.com, blog… +3 more" opens the rest). */
export function TokenScope({ allWebsites, websiteIds, names }: TokenScopeProps) {
  if (allWebsites) return <span>All websites</span>;
  if (websiteIds.length === 0) {
    return <span className="text-muted-foreground">No websites (all were deleted)</span>;
  }
  const known = websiteIds
    .map((id) => names.get(id))
    .filter((name): name is string => name !== undefined)
    .sort();
  const gone = websiteIds.length - known.length;
  const labels = gone > 0 ? [...known, `${gone} website${gone === 1 ? "" : "s"} you left`] : known;
  if (labels.length <= SHOWN) return <span className="break-words">{labels.join(", ")}</span>;
  return (
    <span className="flex flex-wrap items-center gap-x-1">
      <span className="break-words">{labels.slice(0, SHOWN).join(", ")}</span>
      <Popover>
        <PopoverTrigger asChild>
          <Button variant="link" size="sm" className="h-auto text-sm">
            +{labels.length - SHOWN} more
          </Button>
        </PopoverTrigger>
        <PopoverContent className="w-72 p-3" aria-label="Websites this token can use">
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
