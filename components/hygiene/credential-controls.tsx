"use client";

import { toast } from "@/components/feedback/toast";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  HYGIENE_FILTERS,
  HYGIENE_LABEL,
  hygieneCounts,
  matchesHygiene,
  matchesSearch,
  sortCredentials,
  type HygieneFilter,
  type HygieneItem,
  type SortKey,
} from "@/lib/hygiene/filters";
import type { RevokeEachResult } from "@/lib/hygiene/revoke-each";

/** Rows per page: longer lists are paged. */
const PAGE_SIZE = 100;

type Item = HygieneItem & { _id: string; name: string; displayKey: string };

type CredentialControlsProps<T extends Item> = {
  items: readonly T[];
  now: number;
  /** "token" or "key", for the labels. */
  noun: string;
  /** Which strip entries apply (keys have no `*`, tokens no departed creators). */
  filters: readonly HygieneFilter[];
  /** Bulk revoke of what the list shows; omitted when the person may not revoke. */
  revokeMany?: (ids: string[]) => Promise<ActionResult<RevokeEachResult[]>>;
  children: (visible: T[]) => React.ReactNode;
};

function outcome(results: RevokeEachResult[], names: ReadonlyMap<string, string>): string {
  const failed = results.filter((r) => !r.ok);
  const done = results.length - failed.length;
  const failures = failed.map((r) => `“${names.get(r.id) ?? r.id}”: ${r.ok ? "" : r.message}`);
  return [`${done} revoked.`, ...failures.map((f) => `Not revoked: ${f}`)].join(" ");
}

/**
 * Issue 20 point 3 around a credential list: the hygiene strip (each count filters the list),
 * search by name or prefix, sort, paging past PAGE_SIZE, and a bulk revoke of what is shown.
 */
export function CredentialControls<T extends Item>({
  items,
  now,
  noun,
  filters,
  revokeMany,
  children,
}: CredentialControlsProps<T>) {
  const router = useRouter();
  const [filter, setFilter] = useState<HygieneFilter | null>(null);
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<SortKey | "default">("default");
  const [page, setPage] = useState(0);
  const form = useForm({});
  const counts = hygieneCounts(items, now);
  const matching = items.filter(
    (item) => (filter === null || matchesHygiene(item, filter, now)) && matchesSearch(item, query),
  );
  const sorted = sort === "default" ? matching : sortCredentials(matching, sort);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = sorted.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const names = new Map(items.map((item) => [item._id, item.name]));

  return (
    <div className="grid gap-4">
      <ul aria-label={`${noun} hygiene`} className="flex flex-wrap gap-2" data-testid="hygiene-strip">
        {HYGIENE_FILTERS.filter((f) => filters.includes(f)).map((f) => (
          <li key={f}>
            <Button
              size="sm"
              variant={filter === f ? "default" : "outline"}
              aria-pressed={filter === f}
              onClick={() => {
                setFilter(filter === f ? null : f);
                setPage(0);
              }}
            >
              {HYGIENE_LABEL[f]}: {counts[f]}
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-end gap-3">
        <label className="grid gap-1 text-sm">
          Search
          <Input
            type="search"
            value={query}
            placeholder="Name or prefix"
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(0);
            }}
          />
        </label>
        <label className="grid gap-1 text-sm">
          Sort by
          <Select value={sort} onChange={(event) => setSort(event.target.value as SortKey | "default")}>
            <option value="default">Newest first</option>
            <option value="last-used">Last used</option>
            <option value="created">Created</option>
            <option value="expires">Expires</option>
          </Select>
        </label>
        {revokeMany && visible.length > 0 && (filter !== null || query.trim() !== "") && (
          <ConfirmDialog
            label={`Revoke ${visible.length} shown`}
            icon={Trash2}
            triggerVariant="outline"
            title={`Revoke ${visible.length} ${noun}${visible.length === 1 ? "" : "s"}?`}
            description={
              <>
                These stop working from the next request on, with everything made with them:
                <ul className="mt-2 list-disc pl-5" aria-label="To be revoked">
                  {visible.map((item) => (
                    <li key={item._id}>
                      {item.name} <span className="font-mono">{item.displayKey}</span>
                    </li>
                  ))}
                </ul>
              </>
            }
            form={form}
            action={() => revokeMany(visible.map((item) => item._id))}
            onSuccess={(results) => {
              toast(outcome(results, names));
              router.refresh();
            }}
            done="Bulk revoke finished."
          />
        )}
      </div>
      <p className="text-sm text-muted-foreground" aria-live="polite">
        Showing {visible.length} of {items.length}.
      </p>
      {children(visible)}
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-2">
          <Button size="sm" variant="outline" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </Button>
          <span className="text-sm">
            Page {current + 1} of {pages}
          </span>
          <Button
            size="sm"
            variant="outline"
            disabled={current === pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next
          </Button>
        </nav>
      )}
    </div>
  );
}
