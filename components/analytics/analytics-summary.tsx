import type { DashboardSummary } from "@/lib/analytics/dashboard-summary";
import { VisitorsChart } from "./visitors-chart";

const count = new Intl.NumberFormat("en");

function money(amount: number, currency: string): string {
  return new Intl.NumberFormat("en", { style: "currency", currency }).format(amount);
}

/** Whether anything was recorded in the window: otherwise the page shows how to start. */
export function hasActivity({ overview }: DashboardSummary): boolean {
  return (overview.visitors ?? 0) > 0 || (overview.goals ?? 0) > 0 || (overview.payments ?? 0) > 0;
}

/** The last 30 days' headline numbers (the API's overview) and visitors per day. */
export function AnalyticsSummary({ summary }: { summary: DashboardSummary }) {
  const { overview, days } = summary;
  const currency = overview.currency ?? "USD";
  const stats = [
    { label: "Visitors", value: count.format(overview.visitors ?? 0) },
    { label: "Sessions", value: count.format(overview.sessions ?? 0) },
    { label: "Goals", value: count.format(overview.goals ?? 0) },
    { label: "Revenue", value: money(overview.revenue ?? 0, currency) },
    { label: "Payments", value: count.format(overview.payments ?? 0) },
    { label: "Conversion rate", value: `${overview.conversion_rate ?? 0} %` },
  ];
  return (
    <div className="grid gap-6">
      <p className="text-sm text-muted-foreground">
        Today and the 29 days before, in {overview.timezone.replaceAll("_", " ")}.
      </p>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
        {stats.map((stat) => (
          <div key={stat.label} className="grid gap-1 rounded-md border px-3 py-2">
            <dt className="text-sm text-muted-foreground">{stat.label}</dt>
            <dd className="text-xl font-semibold tabular-nums">{stat.value}</dd>
          </div>
        ))}
      </dl>
      {(overview.other_currencies ?? []).length > 0 && (
        <p className="text-sm text-muted-foreground">
          Also paid in other currencies, not in the revenue above:{" "}
          {overview.other_currencies?.map((other) => money(other.revenue, other.currency)).join(", ")}.
        </p>
      )}
      <VisitorsChart days={days} />
    </div>
  );
}
