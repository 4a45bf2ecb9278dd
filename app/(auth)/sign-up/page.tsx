import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { currentUser } from "@/lib/auth/session";
import { authQuery, safeNextPath } from "@/lib/http/safe-next-path";
import { emailMode } from "@/lib/mail/email-mode";
import { textLinkClasses } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ email?: string | string[]; next?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await currentUser()) redirect(next);
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : "";
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold">Create an account</h1>
        <p className="text-sm text-muted-foreground">Manage API keys and tokens for your websites.</p>
      </div>
      {emailMode() === "none" && (
        <Alert variant="info">
          <AlertTitle>Email is not configured on this server</AlertTitle>
          <AlertDescription>
            No verification link can be sent: to accept invitations, ask the server&apos;s operator to verify
            your address.
          </AlertDescription>
        </Alert>
      )}
      <SignUpForm defaultEmail={email} next={next} />
      <p className="text-center text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link className={textLinkClasses} href={`/sign-in${authQuery(email, next)}`}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
