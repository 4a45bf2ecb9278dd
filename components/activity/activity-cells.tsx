import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { operationSpec } from "@/lib/access";
import { actionLabel } from "@/lib/audit/action-labels";
import type { ActivityDto } from "@/lib/audit/activity-dto";
import { shortUserAgent } from "@/lib/audit/short-user-agent";

const muted = <span className="text-muted-foreground">—</span>;

/** The person (name over email), or the key that acted; plus the secret used when not a session. */
export function Who({ actor }: { actor: ActivityDto["actor"] }) {
  const name = actor.name ?? (actor._id ? "Deleted user" : "Website API key");
  return (
    <div className="grid min-w-0 gap-0.5">
      <span className="font-medium [overflow-wrap:anywhere]">{name}</span>
      {actor.email && (
        <span className="text-xs [overflow-wrap:anywhere] text-muted-foreground">{actor.email}</span>
      )}
      {actor.credential !== "session" && (
        <span className="text-xs text-muted-foreground">
          via <span className="font-mono whitespace-nowrap">{actor.credential}</span>
        </span>
      )}
    </div>
  );
}

export function What({ action }: { action: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      {action === "access.denied" && <Badge variant="destructive">Refused</Badge>}
      <span>{actionLabel(action)}</span>
    </span>
  );
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What was acted on; for a refusal, what was attempted (in words when lib/access knows the operation). */
export function Target({ target }: { target: ActivityDto["target"] }) {
  if (!target.label) return muted;
  if (target.type === "operation") {
    const spec = operationSpec(target.label);
    return spec ? (
      <span>{sentence(spec.description)}</span>
    ) : (
      <span className="font-mono text-xs [overflow-wrap:anywhere]">{target.label}</span>
    );
  }
  // "Name (df_ab12…yz90)": the display form never breaks inside itself.
  const named = /^(.*) (\(dft?_\S+\))$/.exec(target.label);
  if (!named) return <span className="break-words">{target.label}</span>;
  return (
    <span className="break-words">
      {named[1]} <span className="font-mono text-xs whitespace-nowrap">{named[2]}</span>
    </span>
  );
}

/**
 * Under the target: what an edit changed (before → after), and why an act followed another
 * (a cascaded revoke, a clamp). The credential that minted a new one shows as "via …" under Who.
 */
export function Details({ changes, lineage }: Pick<ActivityDto, "changes" | "lineage">) {
  if (changes.length === 0 && !lineage?.cause) return null;
  return (
    <ul className="grid gap-0.5 text-xs text-muted-foreground">
      {changes.map((change) => (
        <li key={change.field} className="[overflow-wrap:anywhere]">
          {change.field}: {change.before} <span aria-label="changed to">→</span> {change.after}
        </li>
      ))}
      {lineage?.cause && <li>Because: {lineage.cause}</li>}
    </ul>
  );
}

/** Same text on server and client: the exact time, to the second, in UTC. */
function exactUtc(iso: string): string {
  return `${iso.slice(0, 19).replace("T", " ")} UTC`;
}

/** Relative time; the exact UTC time on hover and to screen readers through <time>. */
export function When({ at, now }: { at: string; now: number }) {
  return (
    <RelativeTime
      date={at}
      title={exactUtc(at)}
      now={Math.max(now, Date.parse(at))}
      className="whitespace-nowrap"
    />
  );
}

export function Address({ ip }: { ip: string | null }) {
  return ip ? <span className="font-mono text-xs">{ip}</span> : muted;
}

export function UserAgent({ userAgent }: { userAgent: string | null }) {
  const short = shortUserAgent(userAgent);
  return short ? <span title={userAgent ?? undefined}>{short}</span> : muted;
}

export function WebsiteCell({ website }: { website: ActivityDto["website"] }) {
  if (!website) return muted;
  return website.domain ? (
    <span className="[overflow-wrap:anywhere]">{website.domain}</span>
  ) : (
    <span className="text-muted-foreground">A website you no longer belong to</span>
  );
}
