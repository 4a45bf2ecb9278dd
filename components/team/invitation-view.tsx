import { CircleSlash, Clock, Link2Off, MailCheck } from "lucide-react";
import Link from "next/link";
import { RoleBadge } from "@/components/websites/role-badge";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ROLE_DESCRIPTION, ROLE_LABEL } from "@/lib/access";
import type { SessionUser } from "@/lib/auth/session";
import type { InvitationView as View } from "@/lib/team/describe-invitation";
import { INVITATION_DAYS } from "@/lib/team/invitation-days";
import { ResendVerification } from "@/components/auth/resend-verification";
import { AcceptInvitationButton } from "./accept-invitation-button";
import { SwitchAccountButton } from "./switch-account-button";

type InvitationViewProps = { view: View; token: string; user: SessionUser | null; emailVerified: boolean };

/** What the holder of an invitation link sees, for each state of the invitation and of their session. */
export function InvitationView({ view, token, user, emailVerified }: InvitationViewProps) {
  const here = `/invite/${encodeURIComponent(token)}`;
  if (view.status === "pending" && view.email && view.role) {
    return (
      <Pending
        view={view}
        email={view.email}
        role={view.role}
        here={here}
        token={token}
        user={user}
        emailVerified={emailVerified}
      />
    );
  }
  return <Closed view={view} token={token} user={user} />;
}

type PendingProps = {
  view: View;
  email: string;
  role: NonNullable<View["role"]>;
  here: string;
  token: string;
  user: SessionUser | null;
  emailVerified: boolean;
};

function Pending({ view, email, role, here, token, user, emailVerified }: PendingProps) {
  const authQuery = `email=${encodeURIComponent(email)}&next=${encodeURIComponent(here)}`;
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold break-words">Join {view.websiteName}</h1>
        <p className="text-sm text-muted-foreground">
          {view.invitedByName ?? "The owner"} invited you to work on this website with Keyward.
        </p>
      </div>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-3 text-sm">
        <dt className="text-muted-foreground">Website</dt>
        <dd className="grid min-w-0">
          <span className="truncate font-medium">{view.websiteName}</span>
          {view.websiteDomain !== view.websiteName && (
            <span className="truncate text-muted-foreground">{view.websiteDomain}</span>
          )}
        </dd>
        <dt className="text-muted-foreground">Role</dt>
        <dd className="grid justify-items-start gap-1">
          <RoleBadge role={role} />
          <span className="text-muted-foreground">{ROLE_DESCRIPTION[role]}</span>
        </dd>
        <dt className="text-muted-foreground">Invited by</dt>
        <dd className="truncate">{view.invitedByName}</dd>
        <dt className="text-muted-foreground">For</dt>
        <dd className="break-words">{email}</dd>
      </dl>
      {!user ? (
        <div className="grid gap-3">
          <p className="text-sm text-muted-foreground">
            Sign in or create an account with{" "}
            <span className="font-medium break-words text-foreground">{email}</span> to accept.
          </p>
          <Button asChild className="w-full">
            <Link href={`/sign-in?${authQuery}`}>Sign in to accept</Link>
          </Button>
          <Button asChild variant="outline" className="w-full">
            <Link href={`/sign-up?${authQuery}`}>Create an account</Link>
          </Button>
        </div>
      ) : user.email === email && !emailVerified ? (
        <div className="grid gap-3">
          <Alert variant="warning">
            <AlertTitle>Verify your email address to accept</AlertTitle>
            <AlertDescription>
              Open the link we sent to{" "}
              <span className="font-medium break-words text-foreground">{email}</span> when you created your
              account, then come back to this invitation. Only the owner of that mailbox can accept it.
            </AlertDescription>
          </Alert>
          <ResendVerification />
        </div>
      ) : user.email === email ? (
        <div className="grid gap-3">
          <p className="text-sm text-muted-foreground">
            You&apos;re signed in as{" "}
            <span className="font-medium break-words text-foreground">{user.email}</span>. You join as a{" "}
            {ROLE_LABEL[role].toLowerCase()}.
          </p>
          <AcceptInvitationButton token={token} label="Accept invitation" />
        </div>
      ) : (
        <div className="grid gap-3">
          <Alert variant="warning">
            <AlertTitle>This invitation is for another email address</AlertTitle>
            <AlertDescription>
              It is for <span className="font-medium break-words text-foreground">{email}</span>, and
              you&apos;re signed in as{" "}
              <span className="font-medium break-words text-foreground">{user.email}</span>. Sign out, then
              sign in or create an account with {email}.
            </AlertDescription>
          </Alert>
          <SwitchAccountButton returnTo={here} />
          <Button asChild variant="ghost" className="w-full">
            <Link href="/">Go to your websites</Link>
          </Button>
        </div>
      )}
    </div>
  );
}

const CLOSED = {
  expired: { icon: Clock, title: "This invitation has expired" },
  revoked: { icon: CircleSlash, title: "This invitation was withdrawn" },
  accepted: { icon: MailCheck, title: "This invitation was already used" },
  invalid: { icon: Link2Off, title: "This invitation link isn't valid" },
  pending: { icon: Link2Off, title: "This invitation link isn't valid" },
} as const;

function closedText(view: View): string {
  const who = view.invitedByName ?? "the owner";
  switch (view.status) {
    case "expired":
      return `Invitations last ${INVITATION_DAYS} days. Ask ${who}, who invited you to ${view.websiteName}, to resend it: you'll get a new link.`;
    case "revoked":
      return `${who} withdrew the invitation to ${view.websiteName}. If you still need access, ask the owner to invite you again.`;
    case "accepted":
      return `Each link works once. If it was you who accepted it, sign in with ${view.email} to find ${view.websiteName} among your websites. Otherwise, ask the owner to resend it.`;
    default:
      return "Check that you opened the whole link. If the owner made a new link for you since, this one stopped working: ask them to resend it.";
  }
}

function Closed({ view, token, user }: { view: View; token: string; user: SessionUser | null }) {
  const { icon: Icon, title } = CLOSED[view.status];
  // Accepting again is a no-op that opens the website, for the person who joined with this link.
  const reopen = view.status === "accepted" && user !== null && user.email === view.email;
  return (
    <div className="grid gap-6">
      <div className="grid justify-items-start gap-3">
        <span
          aria-hidden
          className="grid size-10 place-items-center rounded-full bg-muted text-muted-foreground"
        >
          <Icon className="size-5" />
        </span>
        <h1 className="text-xl font-semibold">{title}</h1>
        <p className="text-sm text-muted-foreground">
          {reopen ? `You already joined ${view.websiteName} with this link.` : closedText(view)}
        </p>
      </div>
      {reopen ? (
        <AcceptInvitationButton token={token} label={`Open ${view.websiteName}`} />
      ) : (
        <Button asChild variant="outline" className="w-full">
          {user ? <Link href="/">Go to your websites</Link> : <Link href="/sign-in">Sign in to Keyward</Link>}
        </Button>
      )}
    </div>
  );
}
