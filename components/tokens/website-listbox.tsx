"use client";

import { Check, Search } from "lucide-react";
import { useDeferredValue, useId, useMemo, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ROLE_LABEL, type MembershipFact } from "@/lib/access";
import { cn } from "@/lib/utils/cn";

const ROW = 40;
const VISIBLE_ROWS = 6;
const OVERSCAN = 4;

type WebsiteListboxProps = {
  websites: readonly MembershipFact[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  invalid?: boolean;
  describedBy?: string;
};

/**
 * A searchable multi-select listbox. Focus stays on the listbox (aria-activedescendant): arrows,
 * Home/End and Page keys move, Space or Enter toggles, typing filters, Backspace un-types. Only
 * the rows in view are rendered, so hundreds of websites cost a few dozen elements.
 */
export function WebsiteListbox({ websites, selected, onChange, invalid, describedBy }: WebsiteListboxProps) {
  const id = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const chosen = useMemo(() => new Set(selected), [selected]);

  const shown = useMemo(() => {
    const needle = deferredQuery.trim().toLowerCase();
    return needle ? websites.filter((w) => w.websiteName.toLowerCase().includes(needle)) : websites;
  }, [websites, deferredQuery]);

  const current = Math.min(active, Math.max(shown.length - 1, 0));
  const height = Math.max(Math.min(shown.length, VISIBLE_ROWS), 1) * ROW;
  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN);
  const optionId = (index: number) => `${id}-option-${index}`;

  function changeQuery(next: string) {
    setQuery(next);
    setActive(0);
    if (listRef.current) listRef.current.scrollTop = 0;
    setScrollTop(0);
  }

  function toggle(websiteId: string) {
    onChange(chosen.has(websiteId) ? selected.filter((x) => x !== websiteId) : [...selected, websiteId]);
  }

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(index, shown.length - 1));
    setActive(next);
    const list = listRef.current;
    if (!list) return;
    if (next * ROW < list.scrollTop) list.scrollTop = next * ROW;
    else if ((next + 1) * ROW > list.scrollTop + height) list.scrollTop = (next + 1) * ROW - height;
    setScrollTop(list.scrollTop);
  }

  function onListKeyDown(event: React.KeyboardEvent) {
    const page = VISIBLE_ROWS - 1;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: shown.length - 1,
      PageDown: current + page,
      PageUp: current - page,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      const website = shown[current];
      if (website) toggle(website.websiteId);
    } else if (event.key === "Backspace" && query) {
      event.preventDefault();
      changeQuery(query.slice(0, -1));
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      changeQuery(query + event.key);
    }
  }

  const shownIds = shown.map((w) => w.websiteId);
  const allShownChosen = shown.length > 0 && shownIds.every((x) => chosen.has(x));

  return (
    <div className="grid gap-2">
      <div className="relative">
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
        />
        <Input
          type="search"
          aria-label="Search websites"
          aria-controls={`${id}-list`}
          placeholder={`Search ${websites.length} websites`}
          className="pl-9"
          value={query}
          onChange={(event) => changeQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
            if (event.key === "ArrowDown") {
              event.preventDefault();
              listRef.current?.focus();
            }
          }}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p aria-live="polite" className="text-muted-foreground">
          {selected.length} of {websites.length} selected
          {deferredQuery && ` · ${shown.length} shown`}
        </p>
        <div className="flex gap-1">
          <Button
            size="sm"
            variant="ghost"
            disabled={shown.length === 0}
            onClick={() =>
              onChange(
                allShownChosen
                  ? selected.filter((x) => !shownIds.includes(x))
                  : [...selected, ...shownIds.filter((x) => !chosen.has(x))],
              )
            }
          >
            {allShownChosen ? "Deselect shown" : "Select shown"}
          </Button>
          <Button size="sm" variant="ghost" disabled={selected.length === 0} onClick={() => onChange([])}>
            Clear
          </Button>
        </div>
      </div>
      <div
        ref={listRef}
        id={`${id}-list`}
        role="listbox"
        aria-multiselectable="true"
        aria-label="Websites"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
        tabIndex={0}
        onKeyDown={onListKeyDown}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        style={{ height }}
        className="group relative overflow-y-auto rounded-md border border-input bg-background aria-invalid:border-destructive"
      >
        {shown.length === 0 ? (
          <p className="px-3 py-2.5 text-sm text-muted-foreground">No website matches “{deferredQuery}”.</p>
        ) : (
          <div role="presentation" style={{ height: shown.length * ROW }} className="relative">
            {shown.slice(first, last).map((website, offset) => {
              const index = first + offset;
              const isChosen = chosen.has(website.websiteId);
              return (
                <div
                  key={website.websiteId}
                  id={optionId(index)}
                  role="option"
                  aria-selected={isChosen}
                  aria-setsize={shown.length}
                  aria-posinset={index + 1}
                  onClick={() => {
                    setActive(index);
                    toggle(website.websiteId);
                  }}
                  style={{ top: index * ROW, height: ROW }}
                  className={cn(
                    "absolute inset-x-0 flex cursor-pointer items-center gap-3 px-3 text-sm select-none",
                    index === current &&
                      "bg-accent group-focus-visible:ring-2 group-focus-visible:ring-ring group-focus-visible:ring-inset",
                  )}
                >
                  <span
                    aria-hidden="true"
                    className={cn(
                      "flex size-4 shrink-0 items-center justify-center rounded-sm border",
                      isChosen ? "border-primary bg-primary text-primary-foreground" : "border-input",
                    )}
                  >
                    {isChosen && <Check className="size-3.5" strokeWidth={3} />}
                  </span>
                  <span className="min-w-0 flex-1 truncate">{website.websiteName}</span>
                  <Badge variant={website.role}>{ROLE_LABEL[website.role]}</Badge>
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
