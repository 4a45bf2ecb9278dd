import type { Metadata } from "next";
import { DeleteAccount } from "@/components/account/delete-account";
import { ProfileForm } from "@/components/account/profile-form";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountPage() {
  const user = await requireUser();
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
        <p className="max-w-prose text-sm text-muted-foreground">
          Transfer or delete the websites you own first: a website always keeps its owner.
        </p>
        <DeleteAccount email={user.email} />
      </section>
    </div>
  );
}
