"use client";

import { useMemo } from "react";
import { Created, CredentialTitle, LastUsed } from "@/components/secrets/credential-cells";
import { CredentialList, type CredentialColumn } from "@/components/secrets/credential-list";
import { ExpirePreviousButton, RowActionButtons, type RowActions } from "@/components/secrets/row-actions";
import { TokenExpiry, isExpired } from "@/components/tokens/token-expiry";
import { Badge } from "@/components/ui/badge";
import { UsageLink } from "@/components/usage/usage-link";
import type { WebsiteKeyDto } from "@/lib/website-keys/dto";

type WebsiteKeysTableProps = {
  domain: string;
  keys: readonly WebsiteKeyDto[];
  now: number;
  /** Omitted for people who can't manage keys: the list shows without row buttons. */
  actions?: RowActions;
};

/** Provenance: the key minted it through the API ("Made with Checkout server"), or a token did. */
function madeWith(key: WebsiteKeyDto, names: ReadonlyMap<string, string>): string | null {
  if (key.parentKind === "account-token") return "Made with an account token";
  if (key.parentKind !== "website-key" || key.parentId === null) return null;
  const parent = names.get(key.parentId);
  return parent === undefined ? "Made with another key" : `Made with “${parent}”`;
}

/** The website's keys (display forms only), newest first: a table on wide screens, cards on phones. */
export function WebsiteKeysTable({ domain, keys, now, actions }: WebsiteKeysTableProps) {
  const keyNames = useMemo(() => new Map(keys.map((k) => [k._id, k.name])), [keys]);
  const title = (item: WebsiteKeyDto) => (
    <div className="grid justify-items-start gap-1">
      <CredentialTitle
        item={item}
        now={now}
        origin={madeWith(item, keyNames)}
        graceAction={
          actions && !isExpired(item.expiresAt, now) && <ExpirePreviousButton item={item} actions={actions} />
        }
      />
      {item.flaggedAt && (
        <Badge
          variant="warning"
          title="The person behind it was removed, left or lost write access: roll or revoke it."
        >
          Its person lost access
        </Badge>
      )}
    </div>
  );
  const columns: CredentialColumn<WebsiteKeyDto>[] = [
    { key: "name", header: "Key", cardless: true, className: "max-w-64", cell: title },
    { key: "created", header: "Created", cell: (item) => <Created at={item.createdAt} now={now} /> },
    {
      key: "last-used",
      header: "Last used",
      cell: (item) => <LastUsed item={item} now={now} />,
    },
    {
      key: "created-by",
      header: "Created by",
      cell: (item) => item.createdBy?.name ?? <span className="text-muted-foreground">Unknown</span>,
    },
    {
      key: "expires",
      header: "Expires",
      cell: (item) => <TokenExpiry expiresAt={item.expiresAt} now={now} />,
    },
    {
      key: "usage",
      header: "Usage",
      cell: (item) => (
        <UsageLink
          href={`/websites/${item.websiteId}/settings/developer/keys/${item._id}`}
          name={item.name}
        />
      ),
    },
  ];

  return (
    <CredentialList
      caption={`API keys of ${domain}`}
      items={keys}
      columns={columns}
      cardTitle={title}
      actions={
        actions &&
        ((item: WebsiteKeyDto) => (
          <RowActionButtons
            item={item}
            actions={actions}
            expired={isExpired(item.expiresAt, now)}
            edit="Rename"
          />
        ))
      }
    />
  );
}
