"use client";

import { useMemo } from "react";
import { Created, CredentialTitle, LastUsed } from "@/components/secrets/credential-cells";
import { CredentialList, type CredentialColumn } from "@/components/secrets/credential-list";
import { RowActionButtons, type RowActions } from "@/components/secrets/row-actions";
import type { MembershipFact } from "@/lib/access";
import type { AccountTokenDto } from "@/lib/account-tokens/dto";
import { TokenExpiry, isExpired } from "./token-expiry";
import { TokenPermissions } from "./token-permissions";
import { TokenScope } from "./token-scope";

type TokensTableProps = {
  tokens: readonly AccountTokenDto[];
  memberships: readonly MembershipFact[];
  now: number;
  actions: RowActions;
};

/** The person's tokens, newest first (the server's order): a table on wide screens, cards on phones. */
export function TokensTable({ tokens, memberships, now, actions }: TokensTableProps) {
  const names = useMemo(() => new Map(memberships.map((m) => [m.websiteId, m.websiteName])), [memberships]);

  const columns: CredentialColumn<AccountTokenDto>[] = [
    {
      key: "name",
      header: "Token",
      cardless: true,
      className: "min-w-44 max-w-64",
      cell: (token) => <CredentialTitle item={token} now={now} />,
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
      cardTitle={(token) => <CredentialTitle item={token} now={now} />}
      actions={(token) => (
        <RowActionButtons item={token} actions={actions} canRoll={!isExpired(token.expiresAt, now)} />
      )}
    />
  );
}
