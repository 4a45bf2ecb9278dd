import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import type { Permission, TokenImpact } from "@/lib/access";
import type { ImpactState } from "./use-impact-preview";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 tokens lose funnels:write, alerts:write on this website" (long lists are counted instead). */
export function impactHeadline(impact: readonly TokenImpact[]): string {
  const lost = [...new Set(impact.flatMap((token) => token.lost))];
  const what = lost.length <= 3 ? lost.join(", ") : `${lost.length} permissions`;
  return `${plural(impact.length, "token loses", "tokens lose")} ${what} on this website`;
}

function Permissions({ list }: { list: readonly Permission[] }) {
  return (
    <span className="flex flex-wrap gap-1">
      {list.map((permission) => (
        <code key={permission} className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs text-foreground">
          {permission}
        </code>
      ))}
    </span>
  );
}

/**
 * What the owner sees before confirming a role change or a removal: which of the person's
 * account tokens lose which permissions here, or that none do.
 */
export function ImpactSummary({ state, personName }: { state: ImpactState; personName: string }) {
  if (state.status === "loading") {
    return (
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <Spinner label="Checking their tokens" />
        Checking {personName}&apos;s account tokens…
      </p>
    );
  }
  if (state.status === "error") return <FieldError>{state.message}</FieldError>;
  if (state.impact.length === 0) {
    return (
      <Alert variant="info">
        <AlertTitle>No tokens lose access</AlertTitle>
        <AlertDescription>
          None of {personName}&apos;s account tokens can do anything here that they would lose.
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <Alert variant="warning">
      <AlertTitle>{impactHeadline(state.impact)}</AlertTitle>
      <AlertDescription>
        <p>
          Scripts using these account tokens of {personName}&apos;s are refused those permissions from their
          next request:
        </p>
        <ul className="mt-2 grid gap-2">
          {state.impact.map((token) => (
            <li key={token.tokenId} className="grid gap-1">
              <span className="font-medium break-words text-foreground">{token.name}</span>
              <Permissions list={token.lost} />
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
