import Link from "next/link";
import { LinkPendingHint } from "@/components/navigation/link-pending-hint";
import type { BlockingWebsite } from "@/lib/users/deletion-blockers";

/** The websites to hand over before the account can be deleted, each with a link to its transfer. */
export function DeletionBlockers({ websites }: { websites: BlockingWebsite[] }) {
  return (
    <div className="grid gap-3">
      <p className="max-w-prose text-sm">
        You own {websites.length === 1 ? "this website" : `these ${websites.length} websites`}, and a website
        always keeps its owner. Transfer ownership to someone on its team (or delete the website) first; then
        you can delete your account.
      </p>
      <ul className="grid gap-2" aria-label="Websites you own">
        {websites.map((website) => (
          <li
            key={website._id}
            className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 rounded-lg border p-3 text-sm"
          >
            <span className="min-w-0 break-words">
              <span className="font-medium">{website.name}</span>{" "}
              <span className="text-muted-foreground">{website.domain}</span>
            </span>
            <Link
              href={`/websites/${website._id}/settings/team#transfer-ownership`}
              className="relative font-medium text-primary underline underline-offset-4"
            >
              Transfer {website.name}
              <LinkPendingHint label={`${website.name}'s team`} className="inset-x-0 -bottom-1" />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
