import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { AccountTokenListItem } from "@/lib/account-tokens/dto";
import { EXPIRING_SOON_DAYS, expiresInLabel, isExpired, isExpiringSoon } from "./token-expiry";

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/**
 * The API page's banner (issue 14): tokens that stop working within a week, and tokens that
 * already have, so the person regenerates or replaces them before a script breaks.
 */
export function ExpiryBanner({ tokens, now }: { tokens: readonly AccountTokenListItem[]; now: number }) {
  const soon = tokens.filter((token) => isExpiringSoon(token.expiresAt, now));
  const expired = tokens.filter((token) => isExpired(token.expiresAt, now));
  if (soon.length === 0 && expired.length === 0) return null;
  const title = [
    soon.length > 0 &&
      `${count(soon.length, "token expires", "tokens expire")} within ${EXPIRING_SOON_DAYS} days`,
    expired.length > 0 && `${count(expired.length, "token has", "tokens have")} expired`,
  ]
    .filter(Boolean)
    .join("; ");

  return (
    <Alert variant="warning" role="region" aria-label="Expiring tokens">
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <ul role="list" className="mt-1 grid gap-1">
          {soon.map((token) => (
            <li key={token._id} className="break-words">
              <span className="font-medium text-foreground">{token.name}</span>:{" "}
              {expiresInLabel(token.expiresAt ?? "", now).toLowerCase()}
            </li>
          ))}
          {expired.map((token) => (
            <li key={token._id} className="break-words">
              <span className="font-medium text-foreground">{token.name}</span>: expired, refused on every
              request
            </li>
          ))}
        </ul>
        <p className="mt-2">
          Edit a token that is about to expire to choose a later expiry; regenerate an expired one to give it
          a new secret and a new expiry. Scripts using a token stop working the moment it expires.
        </p>
      </AlertDescription>
    </Alert>
  );
}
