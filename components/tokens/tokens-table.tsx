"use client";

import { useMemo } from "react";
import { Created, CredentialTitle, LastUsed } from "@/components/secrets/credential-cells";
import { CredentialList, type CredentialColumn } from "@/components/secrets/credential-list";
import { ExpirePreviousButton, RowActionButtons, type RowActions } from "@/components/secrets/row-actions";
import type { AccountTokenListItem } from "@/lib/account-tokens/dto";
import { UsageLink } from "@/components/usage/usage-link";
import { TokenExpiry, isExpired } from "./token-expiry";
import { TokenPermissions } from "./token-permissions";
import { TokenScope } from "./token-scope";

type TokensTableProps = {
  tokens: readonly AccountTokenListItem[];
  now: number;
  actions: RowActions;
};

/** "Made with CI deploy": a token minted through the API by another of the person's tokens. */
function madeWith(token: AccountTokenListItem, names: ReadonlyMap<string, string>): string | null {
  if (token.parentId === null) return null;
  const parent = names.get(token.parentId);
  return parent === undefined ? "Made with another of your tokens" : `Made with “${parent}”`;
}

/** The person's tokens, newest first (the server's order): a table on wide screens, cards on phones. */
export function TokensTable({ tokens, now, actions }: TokensTableProps) {
  const tokenNames = useMemo(() => new Map(tokens.map((t) => [t._id, t.name])), [tokens]);
  const title = (token: AccountTokenListItem) => (
    <CredentialTitle
      item={token}
      now={now}
      origin={madeWith(token, tokenNames)}
      graceAction={
        !isExpired(token.expiresAt, now) && <ExpirePreviousButton item={token} actions={actions} />
      }
    />
  );

  const columns: CredentialColumn<AccountTokenListItem>[] = [
    { key: "name", header: "Token", cardless: true, className: "min-w-44 max-w-64", cell: title },
    {
      key: "permissions",
      header: "Permissions",
      cell: (token) => <TokenPermissions tokenName={token.name} permissions={token.permissions} />,
    },
    {
      key: "scope",
      header: "Websites",
      className: "max-w-52",
      cell: (token) => <TokenScope allWebsites={token.allWebsites} websites={token.websites} />,
    },
    { key: "created", header: "Created", cell: (token) => <Created at={token.createdAt} now={now} /> },
    {
      key: "last-used",
      header: "Last used",
      cell: (token) => <LastUsed item={token} now={now} />,
    },
    {
      key: "expires",
      header: "Expires",
      cell: (token) => <TokenExpiry expiresAt={token.expiresAt} now={now} />,
    },
    {
      key: "usage",
      header: "Usage",
      cell: (token) => <UsageLink href={`/account/api/tokens/${token._id}`} name={token.name} />,
    },
  ];

  return (
    <CredentialList
      caption="Your API tokens"
      items={tokens}
      columns={columns}
      cardTitle={title}
      actions={(token) => (
        <RowActionButtons
          item={token}
          actions={actions}
          expired={isExpired(token.expiresAt, now)}
          edit="Edit"
          regenerate
        />
      )}
    />
  );
}
