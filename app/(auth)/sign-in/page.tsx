import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/session";
import { authQuery, safeNextPath } from "@/lib/http/safe-next-path";
import { signInErrorMessage } from "@/lib/users/sign-in-messages";
import { textLinkClasses } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Sign in" };

type Props = {
  searchParams: Promise<{ email?: string | string[]; next?: string | string[]; error?: string | string[] }>;
};

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await currentUser()) redirect(next);
  const email = typeof params.email === "string" ? params.email.slice(0, 254) : "";
  // Set by next-auth when a plain (no-JavaScript) form post is refused.
  const error = typeof params.error === "string" ? signInErrorMessage(params.error) : undefined;
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="text-sm text-muted-foreground">Welcome back. Sign in to manage your keys.</p>
      </div>
      <SignInForm defaultEmail={email} next={next} initialError={error} />
      <p className="text-center text-sm text-muted-foreground">
        New to Keyward?{" "}
        <Link className={textLinkClasses} href={`/sign-up${authQuery(email, next)}`}>
          Create an account
        </Link>
      </p>
    </div>
  );
}
