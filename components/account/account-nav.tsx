"use client";

import { usePathname } from "next/navigation";
import { NavTabs } from "@/components/ui/tabs";

const TABS = [
  { href: "/account", label: "Profile" },
  { href: "/account/security", label: "Security" },
  { href: "/account/sessions", label: "Sessions" },
  { href: "/account/api", label: "API" },
  { href: "/account/activity", label: "Activity" },
] as const;

/** Account settings sections; the current one is marked with aria-current="page". */
export function AccountNav() {
  const pathname = usePathname();
  return (
    <NavTabs
      aria-label="Account settings"
      items={TABS.map((tab) => ({ href: tab.href, label: tab.label, current: pathname === tab.href }))}
    />
  );
}
