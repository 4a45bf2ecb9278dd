import type { Metadata } from "next";
import { DeleteAccount } from "@/components/account/delete-account";
import { DeletionBlockers } from "@/components/account/deletion-blockers";
import { ProfileForm } from "@/components/account/profile-form";
import { requireUser } from "@/lib/auth/session";
import { websitesBlockingDeletion } from "@/lib/users/deletion-blockers";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountPage() {
  const user = await requireUser();
  const blockers = await websitesBlockingDeletion(user.id);
  return (
    <div className="grid gap-8">
      <section aria-labelledby="profile-heading" className="grid gap-4 rounded-xl border bg-card p-6">
        <h2 id="profile-heading" className="text-lg font-medium">
          Profile
        </h2>
        <ProfileForm name={user.name} email={user.email} />
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
