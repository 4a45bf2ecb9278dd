import type { Metadata } from "next";
import { InvitationView } from "@/components/team/invitation-view";
import { currentUser } from "@/lib/auth/session";
import { describeInvitation } from "@/lib/team/describe-invitation";
import { isEmailVerified } from "@/lib/users/email-verified";

// Per visitor and per moment (an invitation expires, gets used or revoked): never prerendered or cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Invitation",
  // The URL carries the link's token: never send it to another site or let it be indexed.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

type InvitePageProps = { params: Promise<{ token: string }> };

/** An invitation link: the token is the credential, so it is only digested and looked up, never logged. */
export default async function InvitePage({ params }: InvitePageProps) {
  const { token } = await params;
  const [view, user] = await Promise.all([describeInvitation(token), currentUser()]);
  const verified = user ? await isEmailVerified(user.id) : false;
  return <InvitationView view={view} token={token} user={user} emailVerified={verified} />;
}
