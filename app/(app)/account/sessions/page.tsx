import type { Metadata } from "next";
import { SessionsList } from "@/components/account/sessions-list";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { listSessions } from "@/lib/auth/sessions/list-sessions";
import { requestInfo } from "@/lib/http/request-info";

export const metadata: Metadata = { title: "Sessions" };

export default async function AccountSessionsPage() {
  const user = await requireUser();
  const actor = { ...sessionActor(user.id, await requestInfo()), sessionId: user.sessionId };
  const sessions = await listSessions(actor);
  return (
    <div className="grid gap-8">
      <section aria-labelledby="sessions-heading" className="grid gap-4 rounded-xl border bg-card p-6">
        <div className="grid gap-1">
          <h2 id="sessions-heading" className="text-lg font-medium">
            Sessions
          </h2>
          <p className="max-w-prose text-sm text-muted-foreground">
            The browsers signed in to your account. Revoke any you do not recognise: it is signed out on its
            next click.
          </p>
        </div>
        <SessionsList sessions={sessions} />
      </section>
      <section aria-labelledby="everywhere-heading" className="grid gap-3 rounded-xl border bg-card p-6">
        <h2 id="everywhere-heading" className="text-lg font-medium">
          Sign out everywhere
        </h2>
        <p className="max-w-prose text-sm text-muted-foreground">
          Lost a device or signed in somewhere you shouldn&apos;t have? End every session of your account at
          once, this one included.
        </p>
        <SignOutEverywhere />
      </section>
    </div>
  );
}
