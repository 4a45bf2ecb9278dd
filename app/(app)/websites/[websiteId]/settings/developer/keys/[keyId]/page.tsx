import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { textLinkClasses } from "@/components/ui/text-link";
import { CredentialUsageView } from "@/components/usage/credential-usage-view";
import { isAppError } from "@/lib/errors";
import { getWebsiteKeyUsage } from "@/lib/usage/credential-usage";
import { loadWebsite } from "../../../../load-website";

export const metadata: Metadata = { title: "Key usage" };

type KeyUsageParams = { params: Promise<{ websiteId: string; keyId: string }> };

export default async function KeyUsagePage({ params }: KeyUsageParams) {
  const { websiteId, keyId } = await params;
  const { actor, website, decide } = await loadWebsite(websiteId);
  if (!decide("api-keys.read").ok) notFound();
  const usage = await getWebsiteKeyUsage(actor, { websiteId: website._id, keyId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="grid gap-6">
      <p className="text-sm">
        <Link className={textLinkClasses} href={`/websites/${website._id}/settings/developer`}>
          Back to API keys
        </Link>
      </p>
      <h2 className="text-lg font-semibold">Key usage</h2>
      <CredentialUsageView usage={usage} />
    </div>
  );
}
