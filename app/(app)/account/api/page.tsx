import type { Metadata } from "next";
import { connection } from "next/server";
import { ApiUsageNote } from "@/components/api-reference/api-usage-note";
import { AccountTokensPanel } from "@/components/tokens/account-tokens-panel";
import { narrowerFormValues } from "@/components/tokens/token-form";
import { LeakNotices } from "@/components/secrets/leak-notices";
import { listAccountTokenItems } from "@/lib/account-tokens/list-account-tokens";
import { getAccountToken } from "@/lib/account-tokens/token-form-context";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { publicOrigin } from "@/lib/http/public-url";
import { requestInfo } from "@/lib/http/request-info";
import { listTokenLeakNotices } from "@/lib/leak-reports/leak-notices";
import { listOwnPolicyViolations } from "@/lib/token-policy/list-own-policy-violations";
import { getTokenLeastPrivilege } from "@/lib/usage/credential-usage";
import { recentClientIps } from "@/lib/usage/recent-client-ips";

export const metadata: Metadata = { title: "API tokens" };

/** The server's clock, read once per render. */
function renderedAt(): number {
  return Date.now();
}

type AccountApiPageProps = {
  searchParams: Promise<{ replace?: string | string[]; regenerate?: string | string[] }>;
};

export default async function AccountApiPage({ searchParams }: AccountApiPageProps) {
  await connection();
  const user = await requireUser();
  const actor = sessionActor(user.id, await requestInfo());
  const [tokens, leaks, violations] = await Promise.all([
    listAccountTokenItems(actor),
    listTokenLeakNotices(actor),
    listOwnPolicyViolations(actor),
  ]);
  const recentIps = await recentClientIps(tokens.map((token) => token._id));
  // ?replace=<token id>: "Create a narrower replacement" from that token's usage page.
  // ?regenerate=<token id>: the link of an expiry reminder email opens that token's dialog.
  const { replace, regenerate } = await searchParams;
  const replaced = tokens.find((token) => token._id === replace);
  const replacement = replaced
    ? narrowerFormValues(
        await getAccountToken(actor, replaced._id),
        await getTokenLeastPrivilege(actor, replaced._id).then((least) => ({
          permissions: least.used,
          websiteIds: least.websiteIds,
        })),
      )
    : undefined;
  // One clock for the server render and hydration: "expired" must not flip between the two.
  const now = renderedAt();
  return (
    <div className="grid gap-6">
      <LeakNotices notices={leaks} label="Tokens revoked because they were found public" />
      <AccountTokensPanel
        tokens={tokens}
        recentIps={recentIps}
        violations={violations}
        now={now}
        replacement={replacement}
        regenerate={tokens.find((token) => token._id === regenerate)}
      />
      <ApiUsageNote kind="account-token" origin={publicOrigin()} />
    </div>
  );
}
