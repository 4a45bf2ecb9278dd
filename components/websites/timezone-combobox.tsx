"use client";

import { ChevronsUpDown } from "lucide-react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { controlClasses, controlText } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";
import type { TimezoneOption } from "@/lib/websites/website-options";

type TimezoneComboboxProps = {
  options: TimezoneOption[];
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  disabled?: boolean;
  /** Set by <Field> through its Slot: they land on the input. */
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
  "aria-required"?: boolean;
  ref?: React.Ref<HTMLInputElement>;
};

function normalize(text: string): string {
  return text.toLowerCase().replaceAll("_", " ").replaceAll("/", " ");
}

/** Options whose name or UTC offset contain every typed word; a city that starts with the text comes first. */
function filterOptions(options: TimezoneOption[], query: string): TimezoneOption[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return options;
  const matches = options.filter((option) => {
    const haystack = `${normalize(option.value)} ${option.offset.toLowerCase()}`;
    return words.every((word) => haystack.includes(word));
  });
  const first = words[0] ?? "";
  const city = (option: TimezoneOption) => normalize(option.value.split("/").pop() ?? "").startsWith(first);
  return [...matches.filter(city), ...matches.filter((option) => !city(option))];
}

/**
 * A searchable timezone picker (ARIA 1.2 combobox with a listbox popup). Type to filter by city,
 * region or offset; arrows move, Enter picks, Escape closes and restores the chosen value. The
 * list opens in the flow below the input, so it never hides behind a dialog's edge on phones.
 */
export function TimezoneCombobox({
  options,
  value,
  onChange,
  onBlur,
  name,
  disabled,
  id,
  ref,
  ...aria
}: TimezoneComboboxProps) {
  const listId = useId();
  const selected = options.find((option) => option.value === value);
  const selectedLabel = selected?.label ?? value;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null); // null: not filtering, show everything
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  const shown = useMemo(() => (query === null ? options : filterOptions(options, query)), [options, query]);
  const activeOption = open ? shown[active] : undefined;
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    if (!open) return;
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [open, active, shown]);

  function openList() {
    if (open) return;
    setOpen(true);
    setQuery(null);
    setActive(
      Math.max(
        0,
        options.findIndex((option) => option.value === value),
      ),
    );
  }

  function close() {
    setOpen(false);
    setQuery(null);
  }

  function pick(option: TimezoneOption | undefined) {
    if (!option) return;
    onChange(option.value);
    close();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open || event.altKey) return openList();
        setActive((index) => Math.min(shown.length - 1, index + 1));
        return;
      case "ArrowUp":
        event.preventDefault();
        if (!open) return openList();
        setActive((index) => Math.max(0, index - 1));
        return;
      case "PageDown":
      case "PageUp":
        if (!open) return;
        event.preventDefault();
        setActive((index) =>
          event.key === "PageDown" ? Math.min(shown.length - 1, index + 10) : Math.max(0, index - 10),
        );
        return;
      case "Enter":
        if (!open) return;
        // Picking must not submit the surrounding form.
        event.preventDefault();
        pick(shown[active]);
        return;
      case "Escape":
        if (open) close();
        return;
      case "Tab":
        if (open) close();
        return;
    }
  }

  return (
    <div className="grid gap-1">
      <div className="relative">
        <input
          ref={ref}
          id={id}
          name={name}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          placeholder="Search city, region or UTC offset"
          value={query ?? selectedLabel}
          className={cn(controlClasses, controlText, "h-10 py-2 pr-28")}
          onFocus={(event) => event.currentTarget.select()}
          onClick={() => (open ? close() : openList())}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            close();
            onBlur?.();
          }}
          {...aria}
        />
        <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center gap-2 text-xs text-muted-foreground">
          {selected && query === null && <span aria-hidden="true">{selected.offset}</span>}
          <ChevronsUpDown aria-hidden="true" className="size-4" />
        </span>
      </div>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="Timezones"
        hidden={!open || shown.length === 0}
        className="max-h-56 overflow-y-auto rounded-md border bg-popover p-1 text-sm text-popover-foreground shadow-md"
      >
        {shown.map((option, index) => (
          <li
            key={option.value}
            id={optionId(index)}
            data-index={index}
            role="option"
            aria-selected={option.value === value}
            className={cn(
              "flex cursor-default items-center justify-between gap-3 rounded-sm px-2 py-1.5",
              index === active && "bg-accent text-accent-foreground",
              option.value === value && "font-medium",
            )}
            // Keep focus in the input so the list stays open and the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(index)}
            onClick={() => pick(option)}
          >
            <span className="truncate">{option.label}</span>
            <span className="shrink-0 text-xs text-muted-foreground">{option.offset}</span>
          </li>
        ))}
      </ul>
      {open && shown.length === 0 && (
        <p className="px-1 text-sm text-muted-foreground">No timezone matches “{query}”.</p>
      )}
      <p role="status" className="sr-only">
        {open && query !== null ? `${shown.length} ${shown.length === 1 ? "timezone" : "timezones"}` : ""}
      </p>
    </div>
  );
}
