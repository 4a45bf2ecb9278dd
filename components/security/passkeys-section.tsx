import type { PasskeyDto } from "@/lib/passkeys/list-passkeys";
import { AddPasskeyForm } from "./add-passkey-form";
import { PasskeyList } from "./passkey-list";

/** Passkeys on the Security page: a second factor at sign-in and a way to confirm it's you. */
export function PasskeysSection({ passkeys }: { passkeys: PasskeyDto[] }) {
  return (
    <section aria-labelledby="passkeys-heading" className="grid gap-4 rounded-xl border bg-card p-6">
      <div className="grid gap-1">
        <h2 id="passkeys-heading" className="text-lg font-medium">
          Passkeys
        </h2>
        <p className="max-w-prose text-sm text-muted-foreground">
          A passkey on this device, a phone or a security key confirms it&apos;s you after your password, and
          whenever Keyward asks before a sensitive change.
        </p>
      </div>
      <PasskeyList passkeys={passkeys} />
      <AddPasskeyForm />
    </section>
  );
}
