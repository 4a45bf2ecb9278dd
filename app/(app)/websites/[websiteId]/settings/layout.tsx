import { WebsiteNav } from "@/components/websites/website-nav";
import { loadWebsite, type WebsiteParams } from "../load-website";

export default async function WebsiteSettingsLayout({
  children,
  params,
}: WebsiteParams & { children: React.ReactNode }) {
  const { website, decide } = await loadWebsite((await params).websiteId);
  const base = `/websites/${website._id}/settings`;
  // Each tab shows only when lib/access lets this person read what it holds.
  const tabs = [
    { href: base, label: "General", exact: true, visible: decide("settings.read").ok },
    { href: `${base}/team`, label: "Team", visible: decide("team.read").ok },
    { href: `${base}/developer`, label: "Developer", visible: decide("api-keys.read").ok },
    { href: `${base}/activity`, label: "Activity", visible: decide("audit.read").ok },
  ];
  return (
    <div className="grid gap-6">
      <WebsiteNav aria-label="Website settings" items={tabs.filter((tab) => tab.visible)} />
      {children}
    </div>
  );
}
