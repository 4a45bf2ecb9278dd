import type { Metadata } from "next";
import { connection } from "next/server";
import { ActivityPanel } from "@/components/activity/activity-panel";
import { sessionActor } from "@/lib/actor";
import { activityQueryFrom } from "@/lib/audit/activity-query";
import { listAccountActivity } from "@/lib/audit/list-account-activity";
import { requireUser } from "@/lib/auth/session";
import { requestInfo } from "@/lib/http/request-info";

export const metadata: Metadata = { title: "Account activity" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The server's clock, read once per render. */
function renderedAt(): number {
  return Date.now();
}

export default async function AccountActivityPage({ searchParams }: Props) {
  await connection();
  const user = await requireUser();
  const query = activityQueryFrom(await searchParams);
  const page = await listAccountActivity(sessionActor(user.id, await requestInfo()), query);
  return (
    <ActivityPanel
      base="/account/activity"
      title="Activity"
      description="What you did, on any website, and everything done to your account tokens: when, and from where."
      page={page}
      selected={{ action: query.action, actor: query.actor }}
      paged={Boolean(query.before || query.after)}
      now={renderedAt()}
      showWebsite
    />
  );
}
