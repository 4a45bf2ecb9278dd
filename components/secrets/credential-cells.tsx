import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { lastUseOf, type LastUse, type Usage } from "./last-use";

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
  origin,
  graceAction,
}: {
  item: { name: string; displayKey: string; previousExpiresAt: string | null };
  now: number;
  /** Provenance ("Made with CI deploy"): what minted it, when that was a credential. */
  origin?: React.ReactNode;
  /** Beside the grace note while it shows ("Expire old secret now"); omitted for people who can't. */
  graceAction?: React.ReactNode;
}) {
  return (
    <div className="grid justify-items-start gap-1">
      <CredentialName name={item.name} displayKey={item.displayKey} />
      {origin && <span className="text-xs [overflow-wrap:anywhere] text-muted-foreground">{origin}</span>}
      {inGracePeriod(item.previousExpiresAt, now) && (
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <GraceNote until={item.previousExpiresAt} now={now} />
          {graceAction}
        </div>
      )}
    </div>
  );
}

const SECRET_WORD = { new: "new secret", old: "old secret" } as const;

/**
 * "3 hours ago" with the address below (and in the title), or "Never". After a roll it says which
 * secret that was and when the other one was last used, so a person can see whether anything still
 * uses the old secret before it stops working. `now` is the server's render time: a timestamp
 * written a moment ago never reads "in 2 seconds" on a browser whose clock lags.
 */
export function LastUsed({ item, now }: { item: Usage & { lastUsedIp: string | null }; now: number }) {
  const use = lastUseOf(item);
  if (use.kind === "never") return <span className="text-muted-foreground">Never</span>;
  const ip = item.lastUsedIp;
  const title = ip ? `${utcLabel(use.at)} from ${ip}` : utcLabel(use.at);
  return (
    <span className="grid gap-0.5">
      <span>
        <RelativeTime
          date={use.at}
          title={title}
          now={Math.max(now, Date.parse(use.at))}
          className="whitespace-nowrap"
        />
        {use.kind === "rolled" && <span className="text-muted-foreground"> ({SECRET_WORD[use.last]})</span>}
      </span>
      {ip && (
        <span className="font-mono text-xs text-muted-foreground">
          <span className="sr-only">from </span>
          {ip}
        </span>
      )}
      {use.kind === "rolled" && <OtherSecret use={use} now={now} />}
    </span>
  );
}

/** The secret that was not used last: "old secret 5 minutes ago", or "new secret not used yet". */
function OtherSecret({ use, now }: { use: Extract<LastUse, { kind: "rolled" }>; now: number }) {
  if (use.last === "old")
    return <span className="text-xs text-muted-foreground">New secret not used yet</span>;
  if (use.other === null) return null;
  return (
    <span className="text-xs text-muted-foreground">
      Old secret{" "}
      <RelativeTime
        date={use.other}
        title={utcLabel(use.other)}
        now={Math.max(now, Date.parse(use.other))}
        className="whitespace-nowrap"
      />
    </span>
  );
}

export function Created({ at, now }: { at: string; now: number }) {
  return <RelativeTime date={at} now={Math.max(now, Date.parse(at))} className="whitespace-nowrap" />;
}

/** Whether a roll's old secret still works at `now` (the DTO keeps its end only while it may). */
function inGracePeriod(until: string | null, now: number): until is string {
  return until !== null && Date.parse(until) > now;
}

/** After a roll with a grace period: the old secret still works until this time. */
function GraceNote({ until, now }: { until: string; now: number }) {
  return (
    <Badge variant="warning" title={`The previous secret works until ${utcLabel(until)}`}>
      Old secret expires <RelativeTime date={until} now={now} />
    </Badge>
  );
}
