import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiUsageNote } from "@/components/api-reference/api-usage-note";
import { LeakNotices } from "@/components/secrets/leak-notices";
import { TokenPolicyPanel } from "@/components/website-keys/token-policy-panel";
import { WebsiteKeysPanel } from "@/components/website-keys/website-keys-panel";
import { publicOrigin } from "@/lib/http/public-url";
import { listKeyLeakNotices } from "@/lib/leak-reports/leak-notices";
import { listPolicyViolations } from "@/lib/token-policy/list-policy-violations";
import { getTokenPolicy } from "@/lib/token-policy/token-policy";
import { recentClientIps } from "@/lib/usage/recent-client-ips";
import { listWebsiteKeys } from "@/lib/website-keys/list-website-keys";
import { loadWebsite, type WebsiteParams } from "../../load-website";

export const metadata: Metadata = { title: "Developer" };

/** The server's clock, read once per render. */
function renderedAt(): number {
  return Date.now();
}

export default async function DeveloperSettingsPage({ params }: WebsiteParams) {
  const { actor, website, decide } = await loadWebsite((await params).websiteId);
  if (!decide("api-keys.read").ok) notFound();
  const [keys, policy, violations, leaks] = await Promise.all([
    listWebsiteKeys(actor, website._id),
    getTokenPolicy(actor, website._id),
    listPolicyViolations(actor, website._id),
    listKeyLeakNotices(actor, website._id),
  ]);
  // lib/access decides, and its message explains a refusal ("Viewers can't create, roll and revoke…").
  const manage = decide("api-keys.write");
  const recentIps = manage.ok ? await recentClientIps(keys.map((key) => key._id)) : {};
  return (
    <div className="grid gap-6">
      <LeakNotices notices={leaks} label="Keys revoked because they were found public" />
      <WebsiteKeysPanel
        websiteId={website._id}
        domain={website.domain}
        keys={keys}
        manage={manage.ok ? { ok: true } : { ok: false, reason: manage.message }}
        recentIps={recentIps}
        now={renderedAt()}
      />
      <TokenPolicyPanel
        websiteId={website._id}
        policy={policy}
        violations={violations}
        canEdit={decide("token-policy.write").ok}
      />
      <ApiUsageNote kind="website-key" origin={publicOrigin()} />
    </div>
  );
}
