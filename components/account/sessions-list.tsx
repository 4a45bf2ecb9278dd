"use client";

import { Laptop, LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { revokeSessionAction } from "@/lib/actions/account";
import type { SessionDto } from "@/lib/auth/sessions/list-sessions";

/** The person's signed-in browsers, as GitHub lists them: device, address, last seen, revoke. */
export function SessionsList({ sessions }: { sessions: SessionDto[] }) {
  return (
    <ul className="grid divide-y rounded-lg border" aria-label="Signed-in sessions">
      {sessions.map((session) => (
        <li key={session._id} className="flex items-start gap-4 p-4">
          <Laptop aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
          {/* Narrow screens: the revoke button goes under the details, never over them. */}
          <div className="flex min-w-0 flex-1 flex-col gap-3 sm:flex-row sm:items-center">
            <div className="grid min-w-0 flex-1 gap-0.5">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                <span className="truncate" title={session.userAgent ?? undefined}>
                  {session.device ?? "Unknown device"}
                </span>
                {session.current && <Badge variant="success">This device</Badge>}
              </p>
              <p className="text-sm text-muted-foreground">
                <span className="font-mono">{session.ip ?? "unknown address"}</span>
                {" · "}
                {session.current ? (
                  "active now"
                ) : (
                  <>
                    last seen <RelativeTime date={session.lastSeenAt} />
                  </>
                )}
                {" · "}
                signed in <RelativeTime date={session.createdAt} />
              </p>
            </div>
            {!session.current && <RevokeSession session={session} />}
          </div>
        </li>
      ))}
    </ul>
  );
}

function RevokeSession({ session }: { session: SessionDto }) {
  const router = useRouter();
  const form = useForm();
  const device = session.device ?? "this device";
  return (
    <ConfirmDialog
      label="Revoke"
      icon={LogOut}
      triggerVariant="outline"
      title={`Revoke the session on ${device}?`}
      description={
        <>
          That browser ({session.ip ?? "unknown address"}) is signed out on its next click and must sign in
          again with your password. Your API tokens are not affected.
        </>
      }
      form={form}
      action={() => revokeSessionAction({ sessionId: session._id })}
      done={`The session on ${device} was revoked.`}
      onSuccess={() => router.refresh()}
    />
  );
}
