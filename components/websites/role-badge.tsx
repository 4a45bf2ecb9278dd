import { ROLE_LABEL, type Role } from "@/lib/access";
import { Badge } from "@/components/ui/badge";

/** The person's role on a website, in the badge colour of its rank. */
export function RoleBadge({ role, className }: { role: Role; className?: string }) {
  return (
    <Badge variant={role} className={className}>
      {ROLE_LABEL[role]}
    </Badge>
  );
}
