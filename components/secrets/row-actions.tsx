"use client";

import { RefreshCw, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ListedCredential } from "./types";

/** What a row's buttons start; the button itself is the opener focus returns to. */
export type RowActions = {
  onRoll: (item: ListedCredential, opener: HTMLElement) => void;
  onRevoke: (item: ListedCredential, opener: HTMLElement) => void;
};

type RowActionButtonsProps = {
  item: ListedCredential;
  actions: RowActions;
  /** False hides Roll (an expired token has nothing left to roll). */
  canRoll?: boolean;
};

/**
 * Roll and Revoke for one token or key row. The hidden name makes each button's accessible name
 * unique on the page ("Roll CI deploy"), which is how people using a screen reader (and the e2e
 * tests) tell the rows apart.
 */
export function RowActionButtons({ item, actions, canRoll = true }: RowActionButtonsProps) {
  return (
    <>
      {canRoll && (
        <Button size="sm" variant="outline" onClick={(event) => actions.onRoll(item, event.currentTarget)}>
          <RefreshCw aria-hidden="true" />
          Roll<span className="sr-only"> {item.name}</span>
        </Button>
      )}
      <Button
        size="sm"
        variant="ghost-destructive"
        onClick={(event) => actions.onRevoke(item, event.currentTarget)}
      >
        <Trash2 aria-hidden="true" />
        Revoke<span className="sr-only"> {item.name}</span>
      </Button>
    </>
  );
}
