import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SessionsList } from "@/components/account/sessions-list";
import { PasskeysSection } from "@/components/security/passkeys-section";
import { RecoveryCodesSection } from "@/components/security/recovery-codes-section";
import { SecuritySection } from "@/components/security/security-section";
import { TotpSection } from "@/components/security/totp-section";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { listSessions } from "@/lib/auth/sessions/list-sessions";
import { requestInfo } from "@/lib/http/request-info";
import { listPasskeys } from "@/lib/passkeys/list-passkeys";
import { hasSecondFactor, secondFactorsOf } from "@/lib/two-factor/second-factors";
import { textLinkClasses } from "@/components/ui/text-link";
import { cn } from "@/lib/utils/cn";

export const metadata: Metadata = { title: "Security" };

/** Everything that protects the account, one section each: password, second factors, sessions. */
export default async function AccountSecurityPage() {
  await connection();
  const user = await requireUser();
  const actor = { ...sessionActor(user.id, await requestInfo()), sessionId: user.sessionId };
  const [factors, passkeys, sessions] = await Promise.all([
    secondFactorsOf(user.id),
    listPasskeys(actor),
    listSessions(actor),
  ]);
  return (
    <div className="grid gap-8">
      <SecuritySection title="Password">
        <ChangePasswordForm />
      </SecuritySection>
      <TotpSection enabled={factors.totp} passkeys={factors.passkeys} account={user.email} />
      <PasskeysSection passkeys={passkeys} />
      <RecoveryCodesSection
        enabled={hasSecondFactor(factors)}
        left={factors.recoveryCodesLeft}
        issued={factors.recoveryCodesIssued}
        account={user.email}
      />
      <SecuritySection
        title="Sessions"
        description="The browsers signed in to your account. Revoke any you do not recognise."
      >
        <SessionsList sessions={sessions} />
        <Link href="/account/sessions" className={cn("text-sm", textLinkClasses)}>
          Manage sessions and sign out everywhere
        </Link>
      </SecuritySection>
    </div>
  );
}
