import { ChevronRight, Globe } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { LinkPendingHint } from "@/components/navigation/link-pending-hint";
import { CreateWebsiteDialog } from "@/components/websites/create-website-dialog";
import { RoleBadge } from "@/components/websites/role-badge";
import { websiteOptions } from "@/lib/websites/website-options";
import { EmptyState } from "@/components/ui/empty-state";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { requestInfo } from "@/lib/http/request-info";
import { listWebsites } from "@/lib/websites/list-websites";

export const metadata: Metadata = { title: "Websites" };

export default async function WebsitesPage() {
  const user = await requireUser();
  const websites = await listWebsites(sessionActor(user.id, await requestInfo()));
  const options = websiteOptions();
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Websites</h1>
          <p className="text-sm text-muted-foreground">The websites you belong to, and your role on each.</p>
        </div>
        {websites.length > 0 && <CreateWebsiteDialog options={options} />}
      </div>
      {websites.length === 0 ? (
        <EmptyState
          icon={<Globe />}
          titleAs="h2"
          title="No websites yet"
          description="Create a website to get its tracking id and API keys. When someone invites you to theirs, it appears here too."
          action={<CreateWebsiteDialog options={options} />}
        />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Your websites">
          {websites.map((website) => (
            <li key={website._id}>
              <Link
                href={`/websites/${website._id}`}
                className="group relative grid h-full grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 rounded-xl border bg-card p-4 shadow-xs transition-colors hover:bg-accent"
              >
                <span className="flex min-w-0 items-center gap-2">
                  <span className="truncate font-medium">{website.name}</span>
                  <RoleBadge role={website.role} />
                </span>
                <ChevronRight
                  aria-hidden
                  className="row-span-2 size-4 text-muted-foreground transition-transform group-hover:translate-x-0.5"
                />
                {website.name !== website.domain && (
                  <span className="truncate text-sm text-muted-foreground">{website.domain}</span>
                )}
                <LinkPendingHint label={website.name} className="inset-x-4 bottom-1.5 rounded-full" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
