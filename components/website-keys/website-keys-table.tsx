"use client";

import { Created, CredentialTitle, LastUsed } from "@/components/secrets/credential-cells";
import { CredentialList, type CredentialColumn } from "@/components/secrets/credential-list";
import { RowActionButtons, type RowActions } from "@/components/secrets/row-actions";
import type { WebsiteKeyDto } from "@/lib/website-keys/dto";

type WebsiteKeysTableProps = {
  domain: string;
  keys: readonly WebsiteKeyDto[];
  now: number;
  /** Omitted for people who can't manage keys: the list shows without row buttons. */
  actions?: RowActions;
};

/** The website's keys (display forms only), newest first: a table on wide screens, cards on phones. */
export function WebsiteKeysTable({ domain, keys, now, actions }: WebsiteKeysTableProps) {
  const columns: CredentialColumn<WebsiteKeyDto>[] = [
    {
      key: "name",
      header: "Key",
      cardless: true,
      className: "max-w-64",
      cell: (item) => <CredentialTitle item={item} now={now} />,
    },
    { key: "created", header: "Created", cell: (item) => <Created at={item.createdAt} now={now} /> },
    {
      key: "last-used",
      header: "Last used",
      cell: (item) => <LastUsed at={item.lastUsedAt} ip={item.lastUsedIp} now={now} />,
    },
    {
      key: "created-by",
      header: "Created by",
      cell: (item) => item.createdBy?.name ?? <span className="text-muted-foreground">Unknown</span>,
    },
  ];

  return (
    <CredentialList
      caption={`API keys of ${domain}`}
      items={keys}
      columns={columns}
      cardTitle={(item) => <CredentialTitle item={item} now={now} />}
      actions={actions && ((item) => <RowActionButtons item={item} actions={actions} />)}
    />
  );
}
