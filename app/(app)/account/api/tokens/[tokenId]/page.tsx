import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { textLinkClasses } from "@/components/ui/text-link";
import { CredentialUsageView } from "@/components/usage/credential-usage-view";
import { LeastPrivilegeCard } from "@/components/usage/least-privilege-card";
import { sessionActor } from "@/lib/actor";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { requestInfo } from "@/lib/http/request-info";
import { getAccountTokenUsage, getTokenLeastPrivilege } from "@/lib/usage/credential-usage";

export const metadata: Metadata = { title: "Token usage" };

export default async function TokenUsagePage({ params }: { params: Promise<{ tokenId: string }> }) {
  await connection();
  const { tokenId } = await params;
  const user = await requireUser();
  const actor = sessionActor(user.id, await requestInfo());
  const loaded = await Promise.all([
    getAccountTokenUsage(actor, tokenId),
    getTokenLeastPrivilege(actor, tokenId),
  ]).catch((error: unknown) => {
    // Someone else's token and one that does not exist look the same.
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [usage, least] = loaded;
  return (
    <div className="grid gap-6">
      <p className="text-sm">
        <Link className={textLinkClasses} href="/account/api">
          Back to API tokens
        </Link>
      </p>
      <h1 className="text-xl font-semibold">Token usage</h1>
      <LeastPrivilegeCard tokenId={tokenId} unused={least.unused} used={least.used} />
      <CredentialUsageView usage={usage} />
    </div>
  );
}
