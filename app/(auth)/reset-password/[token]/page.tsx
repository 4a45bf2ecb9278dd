import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Button } from "@/components/ui/button";
import { db } from "@/lib/db";
import { isEmailLinkUsable } from "@/lib/users/email-links";
import { INVALID_RESET_LINK } from "@/lib/users/reset-password";

// Per visitor and per moment (a link expires or gets used): never prerendered or cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Choose a new password",
  // The URL carries the link's token: never send it to another site or let it be indexed.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const usable = await isEmailLinkUsable(db(), token, "reset_password");
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold">Choose a new password</h1>
        <p className="text-sm text-muted-foreground">
          {usable ? "Every session of your account is signed out when you save it." : INVALID_RESET_LINK}
        </p>
      </div>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Button asChild className="w-full">
          <Link href="/forgot-password">Ask for a new link</Link>
        </Button>
      )}
    </div>
  );
}
