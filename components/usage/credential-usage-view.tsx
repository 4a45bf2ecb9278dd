import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
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

/** One credential's usage: the chart with its data table, top operations, addresses, refusals. */
export function CredentialUsageView({ usage }: { usage: CredentialUsageDto }) {
  return (
    <div className="grid gap-6">
      <Section title="Requests per day">
        <UsageChart days={usage.days} />
        <details>
          <summary className="cursor-pointer text-sm font-medium">Show the figures as a table</summary>
          <Table>
            <THead>
              <TR>
                <TH>Day (UTC)</TH>
                <TH>2xx</TH>
                <TH>4xx</TH>
                <TH>5xx</TH>
              </TR>
            </THead>
            <TBody>
              {usage.days.map((day) => (
                <TR key={day.date}>
                  <TD>{day.date}</TD>
                  <TD>{day.success}</TD>
                  <TD>{day.clientError}</TD>
                  <TD>{day.serverError}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </details>
      </Section>

      <Section title="Top operations">
        {usage.operations.length === 0 ? (
          <Empty>No requests in the last 30 days.</Empty>
        ) : (
          <Table>
            <THead>
              <TR>
                <TH>Operation</TH>
                <TH>Requests</TH>
              </TR>
            </THead>
            <TBody>
              {usage.operations.map((o) => (
                <TR key={o.operation}>
                  <TD className="font-mono">{o.operation}</TD>
                  <TD>{o.count}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>

      <Section title="Client addresses">
        {usage.clientIps.length === 0 ? (
          <Empty>Not used from any address yet.</Empty>
        ) : (
          <Table>
            <THead>
              <TR>
                <TH>Address</TH>
                <TH>First seen</TH>
                <TH>Last seen</TH>
                <TH>Requests</TH>
              </TR>
            </THead>
            <TBody>
              {usage.clientIps.map((ip) => (
                <TR key={ip.ip}>
                  <TD className="font-mono">{ip.ip}</TD>
                  <TD>{when(ip.firstSeenAt)}</TD>
                  <TD>{when(ip.lastSeenAt)}</TD>
                  <TD>{ip.count}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>

      <Section title="Last refusals">
        {usage.refusals.length === 0 ? (
          <Empty>No refused requests.</Empty>
        ) : (
          <Table>
            <THead>
              <TR>
                <TH>When</TH>
                <TH>Status</TH>
                <TH>Operation</TH>
                <TH>Reason</TH>
                <TH>Address</TH>
              </TR>
            </THead>
            <TBody>
              {usage.refusals.map((r, i) => (
                <TR key={`${r.at}-${i}`}>
                  <TD>{when(r.at)}</TD>
                  <TD>{r.status}</TD>
                  <TD className="font-mono">{r.operation}</TD>
                  <TD>{r.reason}</TD>
                  <TD className="font-mono">{r.ip ?? "—"}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>
    </div>
  );
}
