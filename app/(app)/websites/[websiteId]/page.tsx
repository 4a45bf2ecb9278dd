import { ChartNoAxesColumn, KeyRound } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AnalyticsSummary, hasActivity } from "@/components/analytics/analytics-summary";
import { TrackingId } from "@/components/websites/tracking-id";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDashboardSummary } from "@/lib/analytics/dashboard-summary";
import { loadWebsite, type WebsiteParams } from "./load-website";

export const metadata: Metadata = { title: "Overview" };

export default async function WebsiteOverviewPage({ params }: WebsiteParams) {
  const { actor, website, decide } = await loadWebsite((await params).websiteId);
  const keys = decide("api-keys.write");
  const summary = decide("analytics.read").ok
    ? await getDashboardSummary(actor, website._id, website.timezone)
    : null;
  const created = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: website.timezone });
  const developer = `/websites/${website._id}/settings/developer`;
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <Card>
        <CardHeader>
          <CardTitle>Analytics</CardTitle>
          <CardDescription>Visitors, goals and revenue for {website.domain}.</CardDescription>
        </CardHeader>
        <CardContent>
          {summary && hasActivity(summary) ? (
            <AnalyticsSummary summary={summary} />
          ) : (
            <EmptyState
              icon={<ChartNoAxesColumn />}
              title="No data yet"
              description={
                <>
                  Numbers appear here once this website sends data through the Keyward API: page events, goals
                  and payments, authenticated with one of its API keys.
                  {!keys.ok && <span className="mt-2 block">{keys.message}</span>}
                </>
              }
              action={
                decide("api-keys.read").ok && (
                  <Button asChild variant={keys.ok ? "default" : "outline"}>
                    <Link href={developer}>
                      <KeyRound aria-hidden />
                      {keys.ok ? "Create an API key" : "View API keys"}
                    </Link>
                  </Button>
                )
              }
            />
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Tracking ID</CardTitle>
          <CardDescription>
            Identifies this website in tracking snippets. It is public, not a secret.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <TrackingId value={website.trackingId} />
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted-foreground">Timezone</dt>
            <dd className="truncate">{website.timezone.replaceAll("_", " ")}</dd>
            <dt className="text-muted-foreground">Currency</dt>
            <dd>{website.currency}</dd>
            <dt className="text-muted-foreground">Created</dt>
            <dd>
              <time dateTime={website.createdAt}>{created.format(new Date(website.createdAt))}</time>
            </dd>
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}
