"use client";

import { useState } from "react";
import type { GracePeriod } from "@/lib/credentials/grace";
import { RevokeDialog } from "./revoke-dialog";
import { RollDialog } from "./roll-dialog";
import { SecretReveal, type Reveal } from "./secret-reveal";
import {
  CREDENTIAL_NOUN,
  type ActOutcome,
  type CredentialKind,
  type CredentialRef,
  type SecretOutcome,
} from "./types";
import { useReturnFocus } from "./use-return-focus";

/**
 * The state around a list of credentials, shared by account tokens and website keys: which one
 * is being rolled or revoked, the secret on show (until "I've copied it"), a status line, and
 * where focus returns when a dialog closes.
 */
export function useSecretFlows(kind: CredentialKind, fallbackFocus: React.RefObject<HTMLElement | null>) {
  const focus = useReturnFocus(fallbackFocus);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const [rolling, setRolling] = useState<CredentialRef | null>(null);
  const [revoking, setRevoking] = useState<CredentialRef | null>(null);
  const [status, setStatus] = useState("");

  function begin(opener: HTMLElement | null) {
    focus.remember(opener);
    setStatus("");
  }

  return {
    kind,
    focus,
    reveal,
    rolling,
    revoking,
    status,
    setStatus,
    /** Before opening a create dialog: remember the button that opened it. */
    begin,
    showCreated(name: string, secret: string) {
      setReveal({ kind, name, secret, reason: "created" });
    },
    startRoll(target: CredentialRef, opener: HTMLElement) {
      begin(opener);
      setRolling(target);
    },
    startRevoke(target: CredentialRef, opener: HTMLElement) {
      begin(opener);
      setRevoking(target);
    },
    hideReveal: () => setReveal(null),
    stopRolling: () => setRolling(null),
    stopRevoking: () => setRevoking(null),
  };
}

export type SecretFlows = ReturnType<typeof useSecretFlows>;

type SecretDialogsProps = {
  flows: SecretFlows;
  roll: (target: CredentialRef, grace: GracePeriod) => Promise<SecretOutcome>;
  revoke: (target: CredentialRef) => Promise<ActOutcome>;
  /** After a successful roll or revoke: reload the list. */
  onChanged: () => void;
};

/** The reveal, roll and revoke dialogs for one list; only one is open at a time. */
export function SecretDialogs({ flows, roll, revoke, onChanged }: SecretDialogsProps) {
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
          if (outcome.ok) onChanged();
          return outcome;
        }}
        onCloseAutoFocus={flows.focus.onCloseAutoFocus}
      />
      <RevokeDialog
        kind={flows.kind}
        target={flows.revoking}
        onClose={flows.stopRevoking}
        revoke={revoke}
        onRevoked={(target) => {
          // The row is about to leave the page: focus goes to the fallback instead.
          flows.focus.remember(null);
          flows.setStatus(`${noun[0]?.toUpperCase()}${noun.slice(1)} “${target.name}” revoked.`);
          onChanged();
        }}
        onCloseAutoFocus={flows.focus.onCloseAutoFocus}
      />
    </>
  );
}
