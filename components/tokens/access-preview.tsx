"use client";

import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableCaption, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import {
  ALL,
  ROLE_LABEL,
  previewAccess,
  summarizePermissions,
  validateNewToken,
  type AccessPreview as Preview,
  type Grant,
  type MembershipFact,
} from "@/lib/access";
import type { ScopeMode } from "./token-form";

const FIRST_ROWS = 8;

type AccessPreviewProps = {
  memberships: readonly MembershipFact[];
  permissions: readonly Grant[];
  scope: ScopeMode;
  selected: readonly string[];
};

/**
 * What the token could do today on each website in its scope: its permissions ∩ the person's
 * role there (lib/access previewAccess). On an allow-listed website a permission the role can't
 * exercise is refused at creation; with "all websites" it just does nothing there.
 */
export function AccessPreview({ memberships, permissions, scope, selected }: AccessPreviewProps) {
  const [expanded, setExpanded] = useState(false);
  const rows = useMemo(() => {
    // Listed in the person's website order, not the order they were ticked.
    const chosen = new Set(selected);
    const ids = memberships.map((m) => m.websiteId).filter((id) => chosen.has(id));
    return previewAccess(memberships, { permissions, websiteIds: scope === "all" ? "all" : ids });
  }, [memberships, permissions, scope, selected]);
  // The server's own rule, run early so the preview can say what creation will refuse.
  const refused = useMemo(() => {
    if (scope === "all" || selected.length === 0) return new Map<string, string[]>();
    const validation = validateNewToken(memberships, {
      permissions: [...permissions],
      websiteIds: [...selected],
    });
    const byWebsite = new Map<string, string[]>();
    if (validation.ok) return byWebsite;
    for (const error of validation.errors) {
      if (!error.websiteId || !error.permission) continue;
      byWebsite.set(error.websiteId, [...(byWebsite.get(error.websiteId) ?? []), error.permission]);
    }
    return byWebsite;
  }, [memberships, permissions, scope, selected]);

  const shown = expanded ? rows : rows.slice(0, FIRST_ROWS);

  return (
    <section aria-labelledby="access-preview-heading" className="grid gap-2">
      <div className="grid gap-1">
        <h3 id="access-preview-heading" className="text-sm font-medium">
          What this token can do today
        </h3>
        <p className="text-sm text-muted-foreground">
          {scope === "all"
            ? "On each website, the token is limited by your role there. If your role changes, so does the token."
            : "On each selected website, the token is limited by your role there."}
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed px-3 py-4 text-sm text-muted-foreground">
          {scope === "selected"
            ? "Select websites to see what the token can do on them."
            : "You aren't on any website yet, so the token can't reach any website's data today."}
        </p>
      ) : (
        <Table>
          <TableCaption className="sr-only">Access per website</TableCaption>
          <THead>
            <TR>
              <TH>Website and your role</TH>
              <TH>The token can</TH>
            </TR>
          </THead>
          <TBody>
            {shown.map((row) => (
              <PreviewRow
                key={row.websiteId}
                row={row}
                permissions={permissions}
                refused={refused.get(row.websiteId)}
              />
            ))}
          </TBody>
        </Table>
      )}
      {rows.length > FIRST_ROWS && (
        <Button variant="link" size="sm" className="w-fit" onClick={() => setExpanded(!expanded)}>
          {expanded ? "Show fewer websites" : `Show all ${rows.length} websites`}
        </Button>
      )}
    </section>
  );
}

function PreviewRow({
  row,
  permissions,
  refused,
}: {
  row: Preview;
  permissions: readonly Grant[];
  refused?: string[];
}) {
  const everything = row.dropped.length === 0 && row.granted.length > 0;
  const summary = row.granted.length === 0 ? "Nothing" : summarizePermissions(row.granted);
  const role = row.role;
  const notGrantable = refused?.map((permission) => (permission === ALL ? "* (full access)" : permission));
  return (
    <TR>
      <TD className="w-2/5 align-top">
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="min-w-0 font-medium [overflow-wrap:anywhere]">{row.websiteName}</span>
          <Badge variant={role}>{ROLE_LABEL[role]}</Badge>
        </span>
      </TD>
      <TD className="align-top whitespace-normal">
        <span title={row.granted.join(", ")}>
          {everything && permissions.includes(ALL) ? "Everything" : summary}
        </span>
        {notGrantable && notGrantable.length > 0 ? (
          <p className="mt-1 text-xs font-medium text-destructive">
            {notGrantable.join(", ")} can&apos;t be granted here: you are a {role}. Remove{" "}
            {notGrantable.length === 1 ? "it" : "them"} or this website.
          </p>
        ) : (
          row.dropped.length > 0 && (
            <p className="mt-1 text-xs text-muted-foreground">
              {row.dropped.join(", ")} {row.dropped.length === 1 ? "does" : "do"} nothing here: you are a{" "}
              {role}.
            </p>
          )
        )}
      </TD>
    </TR>
  );
}
