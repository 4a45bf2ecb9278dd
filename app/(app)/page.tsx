import { ChevronRight, Globe, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { LinkPendingHint } from "@/components/navigation/link-pending-hint";
import { ListSearch } from "@/components/navigation/list-search";
import { Pager } from "@/components/navigation/pager";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateWebsiteDialog } from "@/components/websites/create-website-dialog";
import { RoleBadge } from "@/components/websites/role-badge";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { requestInfo } from "@/lib/http/request-info";
import { listWebsitesPage, WEBSITES_PAGE_SIZE } from "@/lib/websites/list-websites";
import { websiteOptions } from "@/lib/websites/website-options";
import { websitesHref, websitesQueryFrom } from "@/lib/websites/websites-query";

export const metadata: Metadata = { title: "Websites" };

type WebsitesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WebsitesPage({ searchParams }: WebsitesPageProps) {
  const user = await requireUser();
  const { query, page } = websitesQueryFrom(await searchParams);
  const list = await listWebsitesPage(sessionActor(user.id, await requestInfo()), { query, page });
  const options = websiteOptions();
  const none = list.total === 0 && !query;
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Websites</h1>
          <p className="text-sm text-muted-foreground">The websites you belong to, and your role on each.</p>
        </div>
        {!none && <CreateWebsiteDialog options={options} />}
      </div>
      {(query || list.total > WEBSITES_PAGE_SIZE) && (
        <ListSearch
          action="/"
          label="Websites"
          fieldLabel="Search websites by name or domain"
          placeholder="Search by name or domain"
          query={query}
          id="website-search"
        />
      )}
      {none ? (
        <EmptyState
          icon={<Globe />}
          titleAs="h2"
          title="No websites yet"
          description="Create a website to get its tracking id and API keys. When someone invites you to theirs, it appears here too."
          action={<CreateWebsiteDialog options={options} />}
        />
      ) : list.total === 0 ? (
        <EmptyState
          icon={<SearchX />}
          titleAs="h2"
          title="No websites match"
          description={`None of your websites has “${query}” in its name or domain.`}
          action={
            <Link href="/" className={buttonVariants({ variant: "outline" })}>
              Show all websites
            </Link>
          }
        />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Your websites">
          {list.websites.map((website) => (
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
      <Pager
        label="Website pages"
        page={list.page}
        pageCount={list.pageCount}
        summary={`${list.total.toLocaleString("en")} websites`}
        href={(to) => websitesHref({ query, page: to })}
      />
    </div>
  );
}
