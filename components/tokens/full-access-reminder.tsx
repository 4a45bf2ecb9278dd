import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { ALL, type Grant, type MembershipFact } from "@/lib/access";
import type { ScopeMode } from "./token-form";

type FullAccessReminderProps = {
  memberships: readonly MembershipFact[];
  permissions: readonly Grant[];
  scope: ScopeMode;
  selected: readonly string[];
};

/** The websites the person owns that a token with these choices would reach with `*`. */
export function ownedWithFullAccess(
  memberships: readonly MembershipFact[],
  permissions: readonly Grant[],
  websiteIds: readonly string[] | "all",
): MembershipFact[] {
  if (!permissions.includes(ALL)) return [];
  const reached = websiteIds === "all" ? null : new Set(websiteIds);
  return memberships.filter((m) => m.role === "owner" && (reached === null || reached.has(m.websiteId)));
}

/**
 * Owners are reminded what `*` means on a website they own (issue 14): the token may do every
 * owner act there, including deleting the website and handing it to someone else.
 */
export function FullAccessReminder({ memberships, permissions, scope, selected }: FullAccessReminderProps) {
  const owned = ownedWithFullAccess(memberships, permissions, scope === "all" ? "all" : selected);
  if (owned.length === 0) return null;
  const names = owned.map((m) => m.websiteName);
  const listed =
    names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
  return (
    <Alert variant="warning" role="status">
      <AlertTitle>
        Full access reaches {owned.length === 1 ? "a website" : `${owned.length} websites`} you own
      </AlertTitle>
      <AlertDescription>
        On {listed}, this token could do everything you can as the owner: delete the website, transfer it,
        remove people and manage its keys. If it only needs to read or record data, choose Read-only or
        Custom.
      </AlertDescription>
    </Alert>
  );
}
