import { KeyRound } from "lucide-react";
import Link from "next/link";
import { Toaster } from "@/components/feedback/toaster";
import { LinkPendingHint } from "@/components/navigation/link-pending-hint";
import { NavigationProgress } from "@/components/navigation/navigation-progress";
import { AccountMenu } from "@/components/shell/account-menu";
import { WebsiteSwitcher } from "@/components/shell/website-switcher";
import { SudoProvider } from "@/components/sudo/sudo-provider";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { requestInfo } from "@/lib/http/request-info";
import { listWebsitesPage } from "@/lib/websites/list-websites";

/** How many websites the header's switcher lists; the websites page searches and pages the rest. */
const SWITCHER_SIZE = 20;

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const { websites, total } = await listWebsitesPage(sessionActor(user.id, await requestInfo()), {
    pageSize: SWITCHER_SIZE,
  });
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-background px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:ring-2 focus:ring-ring"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b bg-background/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-4">
          <Link href="/" className="relative flex items-center gap-2 font-semibold">
            <KeyRound aria-hidden className="size-5 text-primary" />
            {/* On phones only the icon shows; the name stays for screen readers (the link must have one). */}
            <span className="sr-only sm:not-sr-only">Keyward</span>
            <LinkPendingHint label="your websites" className="inset-x-0 -bottom-1" />
          </Link>
          <WebsiteSwitcher
            websites={websites.map((w) => ({ id: w._id, name: w.name, domain: w.domain, role: w.role }))}
            total={total}
          />
          <div className="ml-auto">
            <AccountMenu name={user.name} email={user.email} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none">
        <SudoProvider>{children}</SudoProvider>
      </main>
      <NavigationProgress />
      <Toaster />
    </div>
  );
}
