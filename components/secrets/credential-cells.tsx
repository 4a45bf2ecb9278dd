import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";

/** Same text on server and client, for titles that must hydrate. */
function utcLabel(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

/** Name over display form: the card title on phones, the first cell on wider screens. */
function CredentialName({ name, displayKey }: { name: string; displayKey: string }) {
  return (
    <div className="grid min-w-0 gap-0.5">
      <span className="font-medium [overflow-wrap:anywhere]">{name}</span>
      <span className="font-mono text-xs whitespace-nowrap text-muted-foreground">{displayKey}</span>
    </div>
  );
}

/** The first cell and the phone card's title: name, display form, and the grace note after a roll. */
export function CredentialTitle({
  item,
  now,
}: {
  item: { name: string; displayKey: string; previousExpiresAt: string | null };
  now: number;
}) {
  return (
    <div className="grid justify-items-start gap-1">
      <CredentialName name={item.name} displayKey={item.displayKey} />
      <GraceNote until={item.previousExpiresAt} now={now} />
    </div>
  );
}

/**
 * "3 hours ago" with the address below (and in the title), or "Never". `now` is the server's render
 * time: a timestamp written a moment ago never reads "in 2 seconds" on a browser whose clock lags.
 */
export function LastUsed({ at, ip, now }: { at: string | null; ip: string | null; now: number }) {
  if (!at) return <span className="text-muted-foreground">Never</span>;
  const title = ip ? `${utcLabel(at)} from ${ip}` : utcLabel(at);
  return (
    <span className="grid gap-0.5">
      <RelativeTime
        date={at}
        title={title}
        now={Math.max(now, Date.parse(at))}
        className="whitespace-nowrap"
      />
      {ip && (
        <span className="font-mono text-xs text-muted-foreground">
          <span className="sr-only">from </span>
          {ip}
        </span>
      )}
    </span>
  );
}

export function Created({ at, now }: { at: string; now: number }) {
  return <RelativeTime date={at} now={Math.max(now, Date.parse(at))} className="whitespace-nowrap" />;
}

/** After a roll with a grace period: the old secret still works until this time. */
function GraceNote({ until, now }: { until: string | null; now: number }) {
  if (!until || Date.parse(until) <= now) return null;
  return (
    <Badge variant="warning" title={`The previous secret works until ${utcLabel(until)}`}>
      Old secret expires <RelativeTime date={until} now={now} />
    </Badge>
  );
}
