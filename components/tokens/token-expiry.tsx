import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";

/** "Never", "in 29 days", or an "Expired" badge with when. */
export function TokenExpiry({ expiresAt, now }: { expiresAt: string | null; now: number }) {
  if (!expiresAt) return <span className="text-muted-foreground">Never</span>;
  if (Date.parse(expiresAt) <= now) {
    return (
      <span className="grid justify-items-start gap-0.5">
        <Badge variant="destructive">Expired</Badge>
        <RelativeTime date={expiresAt} now={now} className="text-xs text-muted-foreground" />
      </span>
    );
  }
  return <RelativeTime date={expiresAt} now={now} className="whitespace-nowrap" />;
}

export function isExpired(expiresAt: string | null, now: number): boolean {
  return expiresAt !== null && Date.parse(expiresAt) <= now;
}
