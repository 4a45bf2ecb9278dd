import type { PasskeyDto } from "@/lib/passkeys/list-passkeys";
import { AddPasskeyForm } from "./add-passkey-form";
import { PasskeyList } from "./passkey-list";
import { SecuritySection } from "./security-section";

/** Passkeys on the Security page: a second factor at sign-in and a way to confirm it's you. */
export function PasskeysSection({ passkeys }: { passkeys: PasskeyDto[] }) {
  return (
    <SecuritySection
      title="Passkeys"
      description="A passkey on this device, a phone or a security key confirms it's you after your password, and whenever Keyward asks before a sensitive change."
    >
      <PasskeyList passkeys={passkeys} />
      <AddPasskeyForm />
    </SecuritySection>
  );
}
