import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { textLinkClasses } from "@/components/ui/text-link";
import { PERMISSION_TABLE, type Permission } from "@/lib/access";

type LeastPrivilegeCardProps = {
  tokenId: string;
  unused: readonly Permission[];
  used: readonly Permission[];
};

/** Permissions a token holds but did not use in 30 days, and the way to a narrower replacement. */
export function LeastPrivilegeCard({ tokenId, unused, used }: LeastPrivilegeCardProps) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Unused permissions</CardTitle>
        <CardDescription>
          Held by this token but not exercised by a successful request in the last 30 days.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {unused.length === 0 ? (
          <p className="text-sm text-muted-foreground">Every permission it holds was used.</p>
        ) : (
          <ul aria-label="Unused permissions" className="flex flex-wrap gap-2">
            {unused.map((permission) => (
              <li key={permission} className="rounded-md border px-2 py-1 font-mono text-xs">
                {permission} <span className="sr-only">({PERMISSION_TABLE[permission].label})</span>
              </li>
            ))}
          </ul>
        )}
        {unused.length > 0 && used.length > 0 && (
          <p className="text-sm">
            <Link className={textLinkClasses} href={`/account/api?replace=${tokenId}`}>
              Create a narrower replacement
            </Link>{" "}
            with only the permissions and websites it used. This token keeps working until you revoke it.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
