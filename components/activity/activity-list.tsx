import { CredentialList, type CredentialColumn } from "@/components/secrets/credential-list";
import type { ActivityDto } from "@/lib/audit/activity-dto";
import { Address, Details, Target, UserAgent, WebsiteCell, What, When, Who } from "./activity-cells";

type ActivityListProps = {
  caption: string;
  items: readonly ActivityDto[];
  now: number;
  /** The account's log spans websites; a website's log does not need the column. */
  showWebsite?: boolean;
};

/** Read-only audit events: a table on wide screens, cards on phones (the shared credential layout). */
export function ActivityList({ caption, items, now, showWebsite = false }: ActivityListProps) {
  const columns: CredentialColumn<ActivityDto>[] = [
    { key: "who", header: "Who", className: "min-w-40", cell: (item) => <Who actor={item.actor} /> },
    { key: "what", header: "What", cardless: true, cell: (item) => <What action={item.action} /> },
    {
      key: "target",
      header: "Target",
      className: "max-w-64",
      cell: (item) => (
        <div className="grid gap-1">
          <Target target={item.target} />
          <Details changes={item.changes} lineage={item.lineage} />
        </div>
      ),
    },
    ...(showWebsite
      ? [
          {
            key: "website",
            header: "Website",
            className: "max-w-48",
            cell: (item: ActivityDto) => <WebsiteCell website={item.website} />,
          },
        ]
      : []),
    { key: "when", header: "When", cell: (item) => <When at={item.createdAt} now={now} /> },
    { key: "ip", header: "IP address", cell: (item) => <Address ip={item.ip} /> },
    {
      key: "user-agent",
      header: "User agent",
      className: "max-w-48",
      cell: (item) => <UserAgent userAgent={item.userAgent} />,
    },
  ];
  return (
    <CredentialList
      caption={caption}
      items={items}
      columns={columns}
      cardTitle={(item) => (
        <span className="font-medium">
          <What action={item.action} />
        </span>
      )}
    />
  );
}
