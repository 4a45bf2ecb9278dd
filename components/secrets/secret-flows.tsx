"use client";

import { toast } from "@/components/feedback/toast";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { GracePeriod } from "@/lib/credentials/grace";
import { ExpirePreviousDialog } from "./expire-previous-dialog";
import { RevokeDialog } from "./revoke-dialog";
import { RollDialog } from "./roll-dialog";
import type { RowActions } from "./row-actions";
import { SecretReveal, type Reveal } from "./secret-reveal";
import {
  CREDENTIAL_NOUN,
  credentialRef,
  type ActOutcome,
  type CredentialKind,
  type CredentialRef,
  type LineageOutcome,
  type LineageRollOutcome,
  type SecretOutcome,
} from "./types";
import { useReturnFocus } from "./use-return-focus";

/**
 * The state around a list of credentials, shared by account tokens and website keys: the create
 * dialog, which one is being rolled or revoked, the secret on show (until "I've copied it"), and
 * where focus returns when a dialog closes. Finished acts are acknowledged with toast().
 */
export function useSecretFlows(kind: CredentialKind, fallbackFocus: React.RefObject<HTMLElement | null>) {
  const router = useRouter();
  const focus = useReturnFocus(fallbackFocus);
  const [creating, setCreating] = useState(false);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const [rolling, setRolling] = useState<CredentialRef | null>(null);
  const [revoking, setRevoking] = useState<CredentialRef | null>(null);
  const [editing, setEditing] = useState<CredentialRef | null>(null);
  const [regenerating, setRegenerating] = useState<CredentialRef | null>(null);
  const [expiring, setExpiring] = useState<CredentialRef | null>(null);
  function begin(opener: HTMLElement | null) {
    focus.remember(opener);
  }

  const rowActions: RowActions = {
    onRoll(item, opener) {
      begin(opener);
      setRolling(credentialRef(item));
    },
    onRevoke(item, opener) {
      begin(opener);
      setRevoking(credentialRef(item));
    },
    onEdit(item, opener) {
      begin(opener);
      setEditing(credentialRef(item));
    },
    onRegenerate(item, opener) {
      begin(opener);
      setRegenerating(credentialRef(item));
    },
    onExpirePrevious(item, opener) {
      begin(opener);
      setExpiring(credentialRef(item));
    },
  };

  return {
    kind,
    focus,
    reveal,
    rolling,
    revoking,
    editing,
    regenerating,
    expiring,
    /** After a change: reload the page's server data, so the list shows it. */
    refresh: () => router.refresh(),
    startCreate(opener: HTMLElement) {
      begin(opener);
      setCreating(true);
    },
    /** Spread onto the create dialog; its onCreated shows the new secret. */
    createDialog: {
      open: creating,
      onOpenChange: setCreating,
      // The reveal opens as the create dialog closes: focus stays with the reveal.
      onCloseAutoFocus: reveal ? (event: Event) => event.preventDefault() : focus.onCloseAutoFocus,
      onCreated({ name, secret }: { name: string; secret: string }) {
        toast(`${capitalized(CREDENTIAL_NOUN[kind])} “${name}” created.`);
        setReveal({ kind, name, secret, reason: "created" });
        setCreating(false);
        router.refresh();
      },
    },
    /** The table's row buttons. */
    rowActions,
    /** A new secret from a flow of the panel's own (regenerate): shown once, like a created one. */
    showReveal(next: Reveal) {
      setReveal(next);
      router.refresh();
    },
    hideReveal: () => setReveal(null),
    stopRolling: () => setRolling(null),
    stopRevoking: () => setRevoking(null),
    stopEditing: () => setEditing(null),
    stopRegenerating: () => setRegenerating(null),
    stopExpiring: () => setExpiring(null),
  };
}

export type SecretFlows = ReturnType<typeof useSecretFlows>;

type SecretDialogsProps = {
  flows: SecretFlows;
  roll: (target: CredentialRef, grace: GracePeriod) => Promise<SecretOutcome>;
  revoke: (target: CredentialRef) => Promise<ActOutcome>;
  /** What a revoke would also end (the credentials made with it), asked before confirming. */
  previewRevoke: (target: CredentialRef) => Promise<LineageOutcome>;
  /** Roll the credential and everything made with it, without grace; offered by the roll dialog. */
  rollAll: (target: CredentialRef) => Promise<LineageRollOutcome>;
  /** End a roll's grace period now: the old secret stops working. */
  expirePrevious: (target: CredentialRef) => Promise<ActOutcome>;
};

function capitalized(noun: string): string {
  return `${noun[0]?.toUpperCase()}${noun.slice(1)}`;
}

/** The reveal, roll, expire-old-secret and revoke dialogs for one list; only one is open at a time. */
export function SecretDialogs({
  flows,
  roll,
  revoke,
  previewRevoke,
  rollAll,
  expirePrevious,
}: SecretDialogsProps) {
  const noun = CREDENTIAL_NOUN[flows.kind];
  return (
    <>
      <SecretReveal
        reveal={flows.reveal}
        onDone={flows.hideReveal}
        onCloseAutoFocus={flows.focus.onCloseAutoFocus}
      />
      <RollDialog
        kind={flows.kind}
        target={flows.rolling}
        onClose={flows.stopRolling}
        roll={async (target, grace) => {
          const outcome = await roll(target, grace);
          if (outcome.ok) {
            toast(`${capitalized(noun)} “${target.name}” rolled.`);
            flows.refresh();
          }
          return outcome;
        }}
        lineage={{
          preview: previewRevoke,
          async rollAll(target) {
            const outcome = await rollAll(target);
            if (outcome.ok) {
              toast(`“${target.name}” and everything made with it rolled.`);
              flows.refresh();
            }
            return outcome;
          },
        }}
        onCloseAutoFocus={flows.focus.onCloseAutoFocus}
      />
      <ExpirePreviousDialog
        kind={flows.kind}
        target={flows.expiring}
        onClose={flows.stopExpiring}
        expire={expirePrevious}
        onExpired={(target) => {
          // The button goes with the grace note when the list reloads: focus goes to the fallback.
          flows.focus.remember(null);
          toast(`The old secret of ${noun} “${target.name}” was expired; only the current one works.`);
          flows.refresh();
        }}
        onCloseAutoFocus={flows.focus.onCloseAutoFocus}
      />
      <RevokeDialog
        kind={flows.kind}
        target={flows.revoking}
        onClose={flows.stopRevoking}
        revoke={revoke}
        preview={previewRevoke}
        onRevoked={(target) => {
          // The row is about to leave the page: focus goes to the fallback instead.
          flows.focus.remember(null);
          toast(`${capitalized(noun)} “${target.name}” revoked.`);
          flows.refresh();
        }}
        onCloseAutoFocus={flows.focus.onCloseAutoFocus}
      />
    </>
  );
}
