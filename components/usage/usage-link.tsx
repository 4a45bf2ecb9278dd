import Link from "next/link";
import { textLinkClasses } from "@/components/ui/text-link";

/** The row's way to its usage view (chart, operations, addresses, refusals). */
export function UsageLink({ href, name }: { href: string; name: string }) {
  return (
    <Link className={textLinkClasses} href={href}>
      Usage<span className="sr-only"> of “{name}”</span>
    </Link>
  );
}
