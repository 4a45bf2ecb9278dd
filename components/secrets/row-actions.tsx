"use client";

import { Pencil, RefreshCw, RotateCcw, TimerOff, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ListedCredential } from "./types";

type RowAction = (item: ListedCredential, opener: HTMLElement) => void;

/** What a row's buttons start; the button itself is the opener focus returns to. */
export type RowActions = {
  onRoll: RowAction;
  onRevoke: RowAction;
  /** Edit a token, rename a key. */
  onEdit: RowAction;
  /** An expired token: a new secret and a new expiry. */
  onRegenerate: RowAction;
  /** During a roll's grace period: the old secret stops working now. */
  onExpirePrevious: RowAction;
};

type RowActionButtonsProps = {
  item: ListedCredential;
  actions: RowActions;
  /** An expired credential has nothing left to roll or edit: it offers Regenerate (when `regenerate`). */
  expired?: boolean;
  /** The edit button's word ("Edit" for tokens, "Rename" for keys); omitted: no edit button. */
  edit?: "Edit" | "Rename";
  /** Expired tokens can be regenerated; keys can't. */
  regenerate?: boolean;
};

/**
 * Roll, Edit or Rename, and Revoke for one token or key row (Regenerate and Revoke once expired).
 * The hidden name makes each button's accessible name unique on the page ("Roll CI deploy"),
 * which is how people using a screen reader (and the e2e tests) tell the rows apart.
 */
export function RowActionButtons({
  item,
  actions,
  expired = false,
  edit,
  regenerate,
}: RowActionButtonsProps) {
  const hidden = <span className="sr-only"> {item.name}</span>;
  return (
    <>
      {expired && regenerate && (
        <Button
          size="sm"
          variant="outline"
          onClick={(event) => actions.onRegenerate(item, event.currentTarget)}
        >
          <RotateCcw aria-hidden="true" />
          Regenerate{hidden}
        </Button>
      )}
      {!expired && (
        <Button size="sm" variant="outline" onClick={(event) => actions.onRoll(item, event.currentTarget)}>
          <RefreshCw aria-hidden="true" />
          Roll{hidden}
        </Button>
      )}
      {!expired && edit && (
        <Button size="sm" variant="ghost" onClick={(event) => actions.onEdit(item, event.currentTarget)}>
          <Pencil aria-hidden="true" />
          {edit}
          {hidden}
        </Button>
      )}
      <Button
        size="sm"
        variant="ghost-destructive"
        onClick={(event) => actions.onRevoke(item, event.currentTarget)}
      >
        <Trash2 aria-hidden="true" />
        Revoke{hidden}
      </Button>
    </>
  );
}

/**
 * "Expire old secret now", beside the grace note of a row whose old secret still works. Its
 * accessible name carries the row's name, like the other row buttons.
 */
export function ExpirePreviousButton({ item, actions }: { item: ListedCredential; actions: RowActions }) {
  return (
    <Button
      size="xs"
      variant="ghost-destructive"
      onClick={(event) => actions.onExpirePrevious(item, event.currentTarget)}
    >
      <TimerOff aria-hidden="true" />
      {/* One flex item: the button's gap would otherwise open around the hidden name. */}
      <span>
        Expire old secret<span className="sr-only"> of {item.name}</span> now
      </span>
    </Button>
  );
}
