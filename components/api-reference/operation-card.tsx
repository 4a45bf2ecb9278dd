import { Fragment } from "react";
import { Badge } from "@/components/ui/badge";
import type { ReferenceOperation } from "@/lib/api/catalogue/reference";
import { cn } from "@/lib/utils/cn";

const METHOD_COLOUR: Record<string, string> = {
  GET: "bg-success/10 text-success border-success/30",
  POST: "bg-primary/10 text-primary border-primary/30",
  PUT: "bg-warning/10 text-warning border-warning/30",
  PATCH: "bg-warning/10 text-warning border-warning/30",
  DELETE: "bg-destructive/10 text-destructive border-destructive/30",
};

/** One operation of the API reference: method and path, who may call it, and what it takes. */
export function OperationCard({ operation }: { operation: ReferenceOperation }) {
  const headingId = `op-${operation.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="grid gap-3 rounded-lg border bg-card p-4"
      data-operation={operation.id}
    >
      <h3 id={headingId} className="flex flex-wrap items-center gap-2 font-mono text-sm">
        <span
          className={cn(
            "rounded border px-1.5 py-0.5 text-xs font-semibold",
            METHOD_COLOUR[operation.method],
          )}
        >
          {operation.method}
        </span>{" "}
        <span className="break-all">{operation.path}</span>
      </h3>
      <div className="grid gap-1 text-sm">
        <p className="font-medium">{operation.summary}</p>
        {operation.description && <p className="text-muted-foreground">{operation.description}</p>}
      </div>
      <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <div className="flex items-center gap-2">
          <dt className="text-muted-foreground">Needs</dt>
          <dd className="flex flex-wrap gap-1">
            {operation.permission ? (
              <Badge variant="outline" className="font-mono">
                {operation.permission}
              </Badge>
            ) : (
              <span>any valid secret</span>
            )}
            {operation.ownerOnly && <Badge variant="owner">owner only</Badge>}
          </dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-muted-foreground">Secrets</dt>
          <dd className="flex gap-1">
            {operation.secrets.map((prefix) => (
              <Badge key={prefix} variant="secondary" className="font-mono">
                {prefix}…
              </Badge>
            ))}
          </dd>
        </div>
      </dl>
      {operation.fields.length > 0 && <FieldList fields={operation.fields} />}
    </article>
  );
}

/**
 * The table reflows to the card's width rather than scrolling sideways on phones (a scrolling
 * region would need a tab stop of its own): there the notes leave their column for a full-width
 * row under the field, so no word is broken.
 */
function FieldList({ fields }: { fields: ReferenceOperation["fields"] }) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs text-muted-foreground">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">
            Field
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            In
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            Type
          </th>
          <th scope="col" className="py-1 font-medium max-sm:hidden">
            Notes
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <Fragment key={`${field.where}-${field.name}`}>
            <tr className="border-t align-top">
              <td className="py-1.5 pr-3 font-mono whitespace-nowrap">
                {field.name}
                {field.required && (
                  <span className="text-destructive" title="required">
                    {" "}
                    *
                  </span>
                )}
              </td>
              <td className="py-1.5 pr-3 text-muted-foreground">{field.where}</td>
              <td className="max-w-64 py-1.5 pr-3 font-mono text-xs break-words">{field.type}</td>
              <td className="py-1.5 text-muted-foreground max-sm:hidden">{field.note}</td>
            </tr>
            {field.note && (
              <tr className="sm:hidden">
                <td colSpan={3} className="pb-1.5 text-muted-foreground">
                  {field.note}
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
