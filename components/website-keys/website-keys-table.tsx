"use client";

import { RefreshCw, Trash2 } from "lucide-react";
import { Created, CredentialName, GraceNote, LastUsed } from "@/components/secrets/credential-cells";
import { CredentialList, type CredentialColumn } from "@/components/secrets/credential-list";
import { Button } from "@/components/ui/button";
import type { WebsiteKeyDto } from "@/lib/website-keys/dto";

type WebsiteKeysTableProps = {
  domain: string;
  keys: readonly WebsiteKeyDto[];
  now: number;
  /** Omitted for people who can't manage keys: the list shows without row buttons. */
  onRoll?: (key: WebsiteKeyDto, opener: HTMLElement) => void;
  onRevoke?: (key: WebsiteKeyDto, opener: HTMLElement) => void;
};

function Title({ item, now }: { item: WebsiteKeyDto; now: number }) {
  return (
    <div className="grid justify-items-start gap-1">
      <CredentialName name={item.name} displayKey={item.displayKey} />
      <GraceNote until={item.previousExpiresAt} now={now} />
    </div>
  );
}

/** The website's keys (display forms only), newest first: a table on wide screens, cards on phones. */
export function WebsiteKeysTable({ domain, keys, now, onRoll, onRevoke }: WebsiteKeysTableProps) {
  const columns: CredentialColumn<WebsiteKeyDto>[] = [
    {
      key: "name",
      header: "Key",
      cardless: true,
      className: "max-w-64",
      cell: (item) => <Title item={item} now={now} />,
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

  const actions =
    onRoll && onRevoke
      ? (item: WebsiteKeyDto) => (
          <>
            <Button size="sm" variant="outline" onClick={(event) => onRoll(item, event.currentTarget)}>
              <RefreshCw aria-hidden="true" />
              Roll<span className="sr-only"> {item.name}</span>
            </Button>
            <Button
              size="sm"
              variant="ghost"
              className="text-destructive hover:bg-destructive/10 hover:text-destructive"
              onClick={(event) => onRevoke(item, event.currentTarget)}
            >
              <Trash2 aria-hidden="true" />
              Revoke<span className="sr-only"> {item.name}</span>
            </Button>
          </>
        )
      : undefined;

  return (
    <CredentialList
      caption={`API keys of ${domain}`}
      items={keys}
      columns={columns}
      cardTitle={(item) => <Title item={item} now={now} />}
      actions={actions}
    />
  );
}
