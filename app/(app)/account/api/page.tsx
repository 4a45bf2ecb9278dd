import type { Metadata } from "next";
import { connection } from "next/server";
import { ApiUsageNote } from "@/components/api-reference/api-usage-note";
import { AccountTokensPanel } from "@/components/tokens/account-tokens-panel";
import { listAccountTokens } from "@/lib/account-tokens/list-account-tokens";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { publicOrigin } from "@/lib/http/public-url";
import { requestInfo } from "@/lib/http/request-info";
import { membershipFacts } from "@/lib/websites/membership-facts";

export const metadata: Metadata = { title: "API tokens" };

/** The server's clock, read once per render. */
function renderedAt(): number {
  return Date.now();
}

export default async function AccountApiPage() {
  await connection();
  const user = await requireUser();
  const actor = sessionActor(user.id, await requestInfo());
  const [tokens, memberships] = await Promise.all([listAccountTokens(actor), membershipFacts(user.id)]);
  // One clock for the server render and hydration: "expired" must not flip between the two.
  const now = renderedAt();
  return (
    <div className="grid gap-6">
      <AccountTokensPanel tokens={tokens} memberships={memberships} now={now} />
      <ApiUsageNote kind="account-token" origin={publicOrigin()} />
    </div>
  );
}
