import { History } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ACTION_LABELS } from "@/lib/audit/action-labels";
import type { ActivityPage } from "@/lib/audit/list-activity";
import { activityHref, type ActivityFilters } from "./activity-href";
import { ActivityList } from "./activity-list";
import { ActivityShell } from "./activity-shell";

type ActivityPanelProps = {
  /** The page's own path: filters and pages are links to it. */
  base: string;
  title: string;
  description: string;
  page: ActivityPage;
  selected: ActivityFilters;
  /** Whether the URL named a page position (an Older/Newer link), not the first page. */
  paged: boolean;
  now: number;
  showWebsite?: boolean;
};

/** An audit log section: filters, the events (read-only), Older/Newer, and an empty state. */
export function ActivityPanel({
  base,
  title,
  description,
  page,
  selected,
  paged,
  now,
  showWebsite,
}: ActivityPanelProps) {
  const filtered = Boolean(selected.action || selected.actor);
  return (
    <section aria-labelledby="activity-heading" className="grid gap-4">
      <div className="grid max-w-prose gap-1">
        <h2 id="activity-heading" className="text-lg font-medium">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      <ActivityShell
        actions={page.facets.actions.map((action) => ({ value: action, label: ACTION_LABELS[action] }))}
        people={page.facets.actors.map((actor) => ({
          value: actor._id,
          label: `${actor.name} (${actor.email})`,
        }))}
        selected={selected}
        newerHref={page.newer ? activityHref(base, selected, { after: page.newer }) : null}
        olderHref={page.older ? activityHref(base, selected, { before: page.older }) : null}
      >
        {page.items.length === 0 ? (
          <EmptyState
            icon={<History />}
            title={filtered ? "No matching activity" : "No activity yet"}
            description={
              filtered
                ? "Nothing recorded matches these filters. Choose another action or person, or clear the filters."
                : "Creating, rolling and revoking keys, team changes and refused attempts will show here."
            }
            action={
              paged ? (
                <Link href={activityHref(base, selected)} className={buttonVariants({ variant: "outline" })}>
                  Back to the newest
                </Link>
              ) : undefined
            }
          />
        ) : (
          <ActivityList caption={title} items={page.items} now={now} showWebsite={showWebsite} />
        )}
      </ActivityShell>
    </section>
  );
}
