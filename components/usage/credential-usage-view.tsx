import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { CredentialUsageDto } from "@/lib/usage/dto";
import { UsageChart } from "./usage-chart";

function when(iso: string): string {
  return iso.replace("T", " ").slice(0, 16) + " UTC";
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
    </Card>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-muted-foreground">{children}</p>;
}

const mono = (text: string) => <span className="font-mono">{text}</span>;

/** One credential's usage: the chart with its data table, top operations, addresses, refusals. */
export function CredentialUsageView({ usage }: { usage: CredentialUsageDto }) {
  return (
    <div className="grid gap-6">
      <Section title="Requests per day">
        <UsageChart days={usage.days} />
        <details>
          <summary className="cursor-pointer text-sm font-medium">Show the figures as a table</summary>
          <DataTable
            headers={["Day (UTC)", "2xx", "4xx", "5xx"]}
            rows={usage.days.map((d) => ({
              key: d.date,
              cells: [d.date, d.success, d.clientError, d.serverError],
            }))}
          />
        </details>
      </Section>

      <Section title="Top operations">
        {usage.operations.length === 0 ? (
          <Empty>No requests in the last 30 days.</Empty>
        ) : (
          <DataTable
            headers={["Operation", "Requests"]}
            rows={usage.operations.map((o) => ({ key: o.operation, cells: [mono(o.operation), o.count] }))}
          />
        )}
      </Section>

      <Section title="Client addresses">
        {usage.clientIps.length === 0 ? (
          <Empty>Not used from any address yet.</Empty>
        ) : (
          <DataTable
            headers={["Address", "First seen", "Last seen", "Requests"]}
            rows={usage.clientIps.map((ip) => ({
              key: ip.ip,
              cells: [mono(ip.ip), when(ip.firstSeenAt), when(ip.lastSeenAt), ip.count],
            }))}
          />
        )}
      </Section>

      <Section title="Last refusals">
        {usage.refusals.length === 0 ? (
          <Empty>No refused requests.</Empty>
        ) : (
          <DataTable
            headers={["When", "Status", "Operation", "Reason", "Address"]}
            rows={usage.refusals.map((r, i) => ({
              key: `${r.at}-${i}`,
              cells: [when(r.at), r.status, mono(r.operation), r.reason, mono(r.ip ?? "—")],
            }))}
          />
        )}
      </Section>
    </div>
  );
}
