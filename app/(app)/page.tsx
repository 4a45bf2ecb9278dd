import { Globe } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { requestInfo } from "@/lib/http/request-info";
import { listWebsites } from "@/lib/websites/list-websites";

export const metadata: Metadata = { title: "Websites" };

export default async function WebsitesPage() {
  const user = await requireUser();
  const websites = await listWebsites(sessionActor(user.id, await requestInfo()));
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Websites</h1>
        <p className="text-sm text-muted-foreground">The websites you belong to, and your role on each.</p>
      </div>
      {websites.length === 0 ? (
        <div className="grid place-items-center gap-2 rounded-xl border border-dashed p-10 text-center">
          <Globe aria-hidden className="size-8 text-muted-foreground" />
          <h2 className="font-medium">No websites yet</h2>
          <p className="max-w-sm text-sm text-muted-foreground">
            When someone invites you to a website, or you create one, it appears here.
          </p>
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {websites.map((website) => (
            <li key={website._id}>
              <Link
                href={`/websites/${website._id}`}
                className="grid gap-1 rounded-xl border bg-card p-4 shadow-xs transition-colors hover:bg-accent focus-visible:outline-2"
              >
                <span className="flex items-center justify-between gap-2">
                  <span className="truncate font-medium">{website.name}</span>
                  <span className="rounded-full border px-2 py-0.5 text-xs capitalize text-muted-foreground">{website.role}</span>
                </span>
                <span className="truncate text-sm text-muted-foreground">{website.domain}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
