"use client";

import { Fingerprint, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { removePasskeyAction } from "@/lib/actions/passkeys";
import type { PasskeyDto } from "@/lib/passkeys/list-passkeys";
import { RenamePasskeyDialog } from "./rename-passkey-dialog";

/** The person's passkeys: name, when added, when last used, rename, remove. */
export function PasskeyList({ passkeys }: { passkeys: PasskeyDto[] }) {
  if (passkeys.length === 0)
    return <p className="text-sm text-muted-foreground">You have no passkeys yet.</p>;
  return (
    <ul className="grid divide-y rounded-lg border" aria-label="Passkeys">
      {passkeys.map((passkey) => (
        <li key={passkey._id} className="flex items-start gap-4 p-4">
          <Fingerprint aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
          <div className="flex min-w-0 flex-1 flex-col gap-3 sm:flex-row sm:items-center">
            <div className="grid min-w-0 flex-1 gap-0.5">
              <p className="truncate font-medium">{passkey.name}</p>
              <p className="text-sm text-muted-foreground">
                added <RelativeTime date={passkey.createdAt} />
                {" · "}
                {passkey.lastUsedAt ? (
                  <>
                    last used <RelativeTime date={passkey.lastUsedAt} />
                  </>
                ) : (
                  "never used"
                )}
              </p>
            </div>
            <div className="flex gap-2">
              <RenamePasskeyDialog passkey={passkey} />
              <RemovePasskey passkey={passkey} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

function RemovePasskey({ passkey }: { passkey: PasskeyDto }) {
  const router = useRouter();
  const form = useForm();
  return (
    <ConfirmDialog
      label="Remove"
      icon={Trash2}
      triggerVariant="outline"
      title={`Remove the passkey "${passkey.name}"?`}
      description="It stops working for signing in and for confirming it's you at once. You can add it again later."
      form={form}
      action={() => removePasskeyAction({ passkeyId: passkey._id })}
      done={`Passkey "${passkey.name}" removed.`}
      onSuccess={() => router.refresh()}
    />
  );
}
