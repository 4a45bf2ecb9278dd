import { Table, TableCaption, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { cn } from "@/lib/utils/cn";

export type CredentialColumn<T> = {
  key: string;
  header: string;
  cell: (item: T) => React.ReactNode;
  className?: string;
  /** Left out of the phone cards (e.g. the name, which the card shows as its title). */
  cardless?: boolean;
};

type CredentialListProps<T extends { _id: string }> = {
  /** Names the table for screen readers (visually hidden: the section heading shows it). */
  caption: string;
  items: readonly T[];
  columns: readonly CredentialColumn<T>[];
  /** The card's heading on phones: usually name + display key. */
  cardTitle: (item: T) => React.ReactNode;
  /** Row buttons (roll, revoke); omitted for people who can't manage. */
  actions?: (item: T) => React.ReactNode;
};

/**
 * Tokens and keys share this: a table from `lg` up, a list of cards on phones and tablets (a
 * seven-column table squeezed onto a phone is unreadable). Only one of the two is displayed, so
 * only one is in the accessibility tree.
 */
export function CredentialList<T extends { _id: string }>({
  caption,
  items,
  columns,
  cardTitle,
  actions,
}: CredentialListProps<T>) {
  return (
    <>
      <div className="hidden lg:block">
        <Table>
          <TableCaption className="sr-only">{caption}</TableCaption>
          <THead>
            <TR>
              {columns.map((column) => (
                <TH key={column.key} className={column.className}>
                  {column.header}
                </TH>
              ))}
              {actions && (
                <TH>
                  <span className="sr-only">Actions</span>
                </TH>
              )}
            </TR>
          </THead>
          <TBody>
            {items.map((item) => (
              <TR key={item._id}>
                {columns.map((column) => (
                  <TD key={column.key} className={column.className}>
                    {column.cell(item)}
                  </TD>
                ))}
                {actions && (
                  <TD className="text-right">
                    <div className="flex justify-end gap-1">{actions(item)}</div>
                  </TD>
                )}
              </TR>
            ))}
          </TBody>
        </Table>
      </div>
      <ul role="list" aria-label={caption} className="grid gap-3 lg:hidden">
        {items.map((item) => (
          <li key={item._id} className="grid gap-3 rounded-lg border bg-card p-4 text-sm">
            <div className="min-w-0">{cardTitle(item)}</div>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2">
              {columns
                .filter((column) => !column.cardless)
                .map((column) => (
                  <div key={column.key} className="contents">
                    <dt className="text-muted-foreground">{column.header}</dt>
                    <dd className={cn("min-w-0")}>{column.cell(item)}</dd>
                  </div>
                ))}
            </dl>
            {actions && <div className="flex flex-wrap gap-2 border-t pt-3">{actions(item)}</div>}
          </li>
        ))}
      </ul>
    </>
  );
}
