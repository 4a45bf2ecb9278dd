import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityPanel } from "@/components/activity/activity-panel";
import { activityQueryFrom } from "@/lib/audit/activity-query";
import { listWebsiteActivity } from "@/lib/audit/list-website-activity";
import { loadWebsite, type WebsiteParams } from "../../load-website";

export const metadata: Metadata = { title: "Activity" };

type Props = WebsiteParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The server's clock, read once per render. */
function renderedAt(): number {
  return Date.now();
}

export default async function WebsiteActivityPage({ params, searchParams }: Props) {
  const { actor, website, decide } = await loadWebsite((await params).websiteId);
  if (!decide("audit.read").ok) notFound();
  const query = activityQueryFrom(await searchParams);
  const page = await listWebsiteActivity(actor, website._id, query);
  return (
    <ActivityPanel
      base={`/websites/${website._id}/settings/activity`}
      title="Activity"
      description={`Who created, rolled, revoked, invited, changed or removed what on ${website.domain}, when and from where, including refused attempts. The log cannot be edited.`}
      page={page}
      selected={{ action: query.action, actor: query.actor }}
      paged={Boolean(query.before || query.after)}
      now={renderedAt()}
    />
  );
}
