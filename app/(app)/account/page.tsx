import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccount } from "@/components/account/delete-account";
import { ProfileForm } from "@/components/account/profile-form";
import { PasskeysSection } from "@/components/security/passkeys-section";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { requestInfo } from "@/lib/http/request-info";
import { listPasskeys } from "@/lib/passkeys/list-passkeys";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountPage() {
  const user = await requireUser();
  const actor = { ...sessionActor(user.id, await requestInfo()), sessionId: user.sessionId };
  const passkeys = await listPasskeys(actor);
  return (
    <div className="grid gap-8">
      <section aria-labelledby="profile-heading" className="grid gap-4 rounded-xl border bg-card p-6">
        <h2 id="profile-heading" className="text-lg font-medium">
          Profile
        </h2>
        <ProfileForm name={user.name} email={user.email} />
      </section>
      <section aria-labelledby="password-heading" className="grid gap-4 rounded-xl border bg-card p-6">
        <h2 id="password-heading" className="text-lg font-medium">
          Password
        </h2>
        <ChangePasswordForm />
      </section>
      {/* Here until the Security page (issue 16, TOTP branch) lands on main, then moved there. */}
      <PasskeysSection passkeys={passkeys} />
      <section
        aria-labelledby="delete-heading"
        className="grid gap-3 rounded-xl border border-destructive/40 bg-card p-6"
      >
        <h2 id="delete-heading" className="text-lg font-medium">
          Delete account
        </h2>
        <p className="max-w-prose text-sm text-muted-foreground">
          Transfer or delete the websites you own first: a website always keeps its owner.
        </p>
        <DeleteAccount email={user.email} />
      </section>
    </div>
  );
}
