import type { Metadata } from "next";
import { DeleteAccount } from "@/components/account/delete-account";
import { DeletionBlockers } from "@/components/account/deletion-blockers";
import { ExpiryRemindersForm } from "@/components/account/expiry-reminders-form";
import { ProfileForm } from "@/components/account/profile-form";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { getReminderPreference } from "@/lib/expiry-reminders/reminder-preference";
import { requestInfo } from "@/lib/http/request-info";
import { websitesBlockingDeletion } from "@/lib/users/deletion-blockers";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountPage() {
  const user = await requireUser();
  const blockers = await websitesBlockingDeletion(user.id);
  const reminders = await getReminderPreference(sessionActor(user.id, await requestInfo()));
  return (
    <div className="grid gap-8">
      <section aria-labelledby="profile-heading" className="grid gap-4 rounded-xl border bg-card p-6">
        <h2 id="profile-heading" className="text-lg font-medium">
          Profile
        </h2>
        <ProfileForm name={user.name} email={user.email} />
      </section>
      <section aria-labelledby="reminders-heading" className="grid gap-4 rounded-xl border bg-card p-6">
        <h2 id="reminders-heading" className="text-lg font-medium">
          Token expiry reminders
        </h2>
        <ExpiryRemindersForm enabled={reminders.enabled} />
      </section>
      <section
        aria-labelledby="delete-heading"
        className="grid gap-3 rounded-xl border border-destructive/40 bg-card p-6"
      >
        <h2 id="delete-heading" className="text-lg font-medium">
          Delete account
        </h2>
        {blockers.length > 0 ? (
          <DeletionBlockers websites={blockers} />
        ) : (
          <DeleteAccount email={user.email} />
        )}
      </section>
    </div>
  );
}
