import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** A token this close to its expiry is flagged in the list and on the API page (issue 14). */
export const EXPIRING_SOON_DAYS = 7;

export function isExpired(expiresAt: string | null, now: number): boolean {
  return expiresAt !== null && Date.parse(expiresAt) <= now;
}

/** Live, and expiring within EXPIRING_SOON_DAYS of `now`. */
export function isExpiringSoon(expiresAt: string | null, now: number): boolean {
  if (expiresAt === null) return false;
  const left = Date.parse(expiresAt) - now;
  return left > 0 && left <= EXPIRING_SOON_DAYS * DAY_MS;
}

/** "Expires in 3 days", "Expires in 5 hours": counted up, so a token never looks longer-lived than it is. */
export function expiresInLabel(expiresAt: string, now: number): string {
  const left = Date.parse(expiresAt) - now;
  if (left < HOUR_MS) return "Expires in less than an hour";
  if (left < DAY_MS) {
    const hours = Math.ceil(left / HOUR_MS);
    return `Expires in ${hours} ${hours === 1 ? "hour" : "hours"}`;
  }
  const days = Math.ceil(left / DAY_MS);
  return `Expires in ${days} ${days === 1 ? "day" : "days"}`;
}

/** "Never", "in 29 days", an "Expires in N days" badge within a week, or an "Expired" badge with when. */
export function TokenExpiry({ expiresAt, now }: { expiresAt: string | null; now: number }) {
  if (!expiresAt) return <span className="text-muted-foreground">Never</span>;
  if (isExpired(expiresAt, now)) {
    return (
      <span className="grid justify-items-start gap-0.5">
        <Badge variant="destructive">Expired</Badge>
        <RelativeTime date={expiresAt} now={now} className="text-xs text-muted-foreground" />
      </span>
    );
  }
  if (isExpiringSoon(expiresAt, now)) {
    return (
      <span className="grid justify-items-start gap-0.5">
        <Badge variant="warning" title={`Stops working ${expiresAt.slice(0, 16).replace("T", " ")} UTC`}>
          {expiresInLabel(expiresAt, now)}
        </Badge>
      </span>
    );
  }
  return <RelativeTime date={expiresAt} now={now} className="whitespace-nowrap" />;
}
