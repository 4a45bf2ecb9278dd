import { Table, TBody, TD, TH, THead, TR } from "./table";

/** A plain table: one header row, then one row per item. */
export function DataTable({
  headers,
  rows,
}: {
  headers: string[];
  rows: { key: string; cells: React.ReactNode[] }[];
}) {
  return (
    <Table>
      <THead>
        <TR>
          {headers.map((header) => (
            <TH key={header}>{header}</TH>
          ))}
        </TR>
      </THead>
      <TBody>
        {rows.map((row) => (
          <TR key={row.key}>
            {row.cells.map((cell, i) => (
              <TD key={i}>{cell}</TD>
            ))}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
