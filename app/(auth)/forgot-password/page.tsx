import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { emailMode } from "@/lib/mail/email-mode";
import { textLinkClasses } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Forgot password" };

type Props = { searchParams: Promise<{ email?: string | string[] }> };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const params = await searchParams;
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : "";
  const mode = emailMode();
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold">Forgot your password?</h1>
        <p className="text-sm text-muted-foreground">
          Enter the email of your account: we send it a link to choose a new password.
        </p>
      </div>
      {mode === "none" ? (
        <Alert variant="warning">
          <AlertTitle>Password reset is not available here</AlertTitle>
          <AlertDescription>
            This Keyward server cannot send email. Ask its operator to help you into your account.
          </AlertDescription>
        </Alert>
      ) : (
        <ForgotPasswordForm defaultEmail={email} />
      )}
      <p className="text-center text-sm text-muted-foreground">
        Remembered it?{" "}
        <Link className={textLinkClasses} href="/sign-in">
          Sign in
        </Link>
      </p>
    </div>
  );
}
