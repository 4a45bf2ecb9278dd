"use client";

import { RefreshCw, Trash2 } from "lucide-react";
import { useMemo } from "react";
import { Created, CredentialName, GraceNote, LastUsed } from "@/components/secrets/credential-cells";
import { CredentialList, type CredentialColumn } from "@/components/secrets/credential-list";
import { Button } from "@/components/ui/button";
import type { MembershipFact } from "@/lib/access";
import type { AccountTokenDto } from "@/lib/account-tokens/dto";
import { TokenExpiry, isExpired } from "./token-expiry";
import { TokenPermissions } from "./token-permissions";
import { TokenScope } from "./token-scope";

type TokensTableProps = {
  tokens: readonly AccountTokenDto[];
  memberships: readonly MembershipFact[];
  now: number;
  onRoll: (token: AccountTokenDto, opener: HTMLElement) => void;
  onRevoke: (token: AccountTokenDto, opener: HTMLElement) => void;
};

/** The person's tokens, newest first (the server's order): a table on wide screens, cards on phones. */
export function TokensTable({ tokens, memberships, now, onRoll, onRevoke }: TokensTableProps) {
  const names = useMemo(() => new Map(memberships.map((m) => [m.websiteId, m.websiteName])), [memberships]);

  const columns: CredentialColumn<AccountTokenDto>[] = [
    {
      key: "name",
      header: "Token",
      cardless: true,
      className: "min-w-44 max-w-64",
      cell: (token) => (
        <div className="grid justify-items-start gap-1">
          <CredentialName name={token.name} displayKey={token.displayKey} />
          <GraceNote until={token.previousExpiresAt} now={now} />
        </div>
      ),
    },
    {
      key: "permissions",
      header: "Permissions",
      cell: (token) => <TokenPermissions tokenName={token.name} permissions={token.permissions} />,
    },
    {
      key: "scope",
      header: "Websites",
      className: "max-w-52",
      cell: (token) => (
        <TokenScope allWebsites={token.allWebsites} websiteIds={token.websiteIds} names={names} />
      ),
    },
    { key: "created", header: "Created", cell: (token) => <Created at={token.createdAt} now={now} /> },
    {
      key: "last-used",
      header: "Last used",
      cell: (token) => <LastUsed at={token.lastUsedAt} ip={token.lastUsedIp} now={now} />,
    },
    {
      key: "expires",
      header: "Expires",
      cell: (token) => <TokenExpiry expiresAt={token.expiresAt} now={now} />,
    },
  ];

  return (
    <CredentialList
      caption="Your API tokens"
      items={tokens}
      columns={columns}
      cardTitle={(token) => (
        <div className="grid justify-items-start gap-1">
          <CredentialName name={token.name} displayKey={token.displayKey} />
          <GraceNote until={token.previousExpiresAt} now={now} />
        </div>
      )}
      actions={(token) => (
        <>
          {!isExpired(token.expiresAt, now) && (
            <Button size="sm" variant="outline" onClick={(event) => onRoll(token, event.currentTarget)}>
              <RefreshCw aria-hidden="true" />
              Roll<span className="sr-only"> {token.name}</span>
            </Button>
          )}
          <Button
            size="sm"
            variant="ghost"
            className="text-destructive hover:bg-destructive/10 hover:text-destructive"
            onClick={(event) => onRevoke(token, event.currentTarget)}
          >
            <Trash2 aria-hidden="true" />
            Revoke<span className="sr-only"> {token.name}</span>
          </Button>
        </>
      )}
    />
  );
}
