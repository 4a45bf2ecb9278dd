import { KeyRound, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { createTokenFormCode } from "./token-form-code";

/** What tokens are for, and the way to make the first one. */
export function TokensEmptyState({ onCreate }: { onCreate: (opener: HTMLElement) => void }) {
  return (
    <EmptyState
      icon={<KeyRound />}
      title="No API tokens yet"
      description={
        <>
          A token lets a script, a CLI or an AI agent call the Keyward API as you: read analytics, record
          goals and payments, manage websites and keys. You choose what it may do and on which websites, and
          it never does more than your role allows.
        </>
      }
      action={
        <Button
          onPointerEnter={createTokenFormCode.preload}
          onFocus={createTokenFormCode.preload}
          onClick={(event) => onCreate(event.currentTarget)}
        >
          <Plus aria-hidden="true" />
          Create token
        </Button>
      }
    />
  );
}
