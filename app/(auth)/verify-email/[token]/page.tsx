import type { Metadata } from "next";
import Link from "next/link";
import { VerifyEmailButton } from "@/components/auth/verify-email-button";
import { Button } from "@/components/ui/button";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isEmailLinkUsable } from "@/lib/users/email-links";
import { INVALID_VERIFICATION_LINK } from "@/lib/users/verify-email";

// Per visitor and per moment (a link expires or gets used): never prerendered or cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Verify your email",
  // The URL carries the link's token: never send it to another site or let it be indexed.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ token: string }> };

export default async function VerifyEmailPage({ params }: Props) {
  const { token } = await params;
  const [usable, user] = await Promise.all([isEmailLinkUsable(db(), token, "verify_email"), currentUser()]);
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold">Verify your email address</h1>
        <p className="text-sm text-muted-foreground">
          {usable
            ? "Confirm that this mailbox is yours, so that you can accept the invitations sent to it."
            : INVALID_VERIFICATION_LINK}
        </p>
      </div>
      {usable ? (
        <VerifyEmailButton token={token} signedIn={user !== null} />
      ) : (
        <Button asChild variant="outline" className="w-full">
          {user ? <Link href="/">Go to your websites</Link> : <Link href="/sign-in">Sign in</Link>}
        </Button>
      )}
    </div>
  );
}
