import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DeviceApproval } from "@/components/device/device-approval";
import { DeviceCodeEntry } from "@/components/device/device-code-entry";
import { DeviceNotice } from "@/components/device/device-notice";
import { sessionActor } from "@/lib/actor";
import { currentUser } from "@/lib/auth/session";
import { describeDeviceAuthorization } from "@/lib/device-authorization/describe-device-authorization";
import { formatUserCode, normalizeUserCode } from "@/lib/device-authorization/schemas";
import { isAppError } from "@/lib/errors";
import { requestInfo } from "@/lib/http/request-info";
import { membershipFacts } from "@/lib/websites/membership-facts";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Sign in a device",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

type DevicePageProps = { searchParams: Promise<{ code?: string | string[] }> };

/** The server's clock, read once per render (server render and hydration agree). */
function renderedAt(): number {
  return Date.now();
}

/** RFC 8628's verification page: /device, or /device?code=XXXX-XXXX from the terminal's link. */
export default async function DevicePage({ searchParams }: DevicePageProps) {
  const { code } = await searchParams;
  const typed = typeof code === "string" ? code.slice(0, 32) : undefined;
  const userCode = typed === undefined ? null : normalizeUserCode(typed);
  const user = await currentUser();
  if (!user) {
    const back = userCode ? `/device?code=${formatUserCode(userCode)}` : "/device";
    redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  }
  if (typed === undefined) return <DeviceCodeEntry />;
  if (!userCode)
    return <DeviceCodeEntry defaultCode={typed} error="Enter the 8-letter code shown in your terminal." />;

  const actor = sessionActor(user.id, await requestInfo());
  const view = await describeDeviceAuthorization(actor, userCode).catch((error: unknown) => {
    if (isAppError(error) && error.code === "RATE_LIMITED")
      return { state: "throttled", message: error.message } as const;
    throw error;
  });
  if (view.state === "throttled") return <DeviceCodeEntry defaultCode={typed} error={view.message} />;
  if (view.state === "unknown")
    return (
      <DeviceNotice title="This code is unknown or has expired" again>
        <p>
          Codes work for 10 minutes. Run <code>keyward login</code> again for a new one.
        </p>
      </DeviceNotice>
    );
  if (view.state === "used")
    return (
      <DeviceNotice title="This code was already used" again>
        <p>
          It was approved or denied already. Run <code>keyward login</code> again to sign in another time.
        </p>
      </DeviceNotice>
    );
  const memberships = await membershipFacts(user.id);
  return <DeviceApproval device={view} memberships={memberships} now={renderedAt()} />;
}
