import type { Metadata } from "next";
import { PublishActiveWebsite } from "@/components/shell/active-website";
import { RoleBadge } from "@/components/websites/role-badge";
import { WebsiteNav } from "@/components/websites/website-nav";
import { loadWebsite, type WebsiteParams } from "./load-website";

export async function generateMetadata({ params }: WebsiteParams): Promise<Metadata> {
  const { website } = await loadWebsite((await params).websiteId);
  return { title: { default: website.name, template: `%s · ${website.name} · Keyward` } };
}

export default async function WebsiteLayout({
  children,
  params,
}: WebsiteParams & { children: React.ReactNode }) {
  const { website, decide } = await loadWebsite((await params).websiteId);
  const base = `/websites/${website._id}`;
  const items = [
    { href: base, label: "Overview", exact: true },
    ...(decide("settings.read").ok ? [{ href: `${base}/settings`, label: "Settings" }] : []),
  ];
  return (
    <div className="grid gap-6">
      <PublishActiveWebsite
        id={website._id}
        name={website.name}
        domain={website.domain}
        role={website.role}
      />
      <div className="grid gap-4">
        <div className="grid min-w-0 gap-1">
          <div className="flex min-w-0 items-center gap-2">
            <h1 className="truncate text-2xl font-semibold tracking-tight">{website.name}</h1>
            <RoleBadge role={website.role} />
          </div>
          {website.name !== website.domain && (
            <p className="truncate text-sm text-muted-foreground">{website.domain}</p>
          )}
        </div>
        <WebsiteNav aria-label="Website" items={items} />
      </div>
      {children}
    </div>
  );
}
