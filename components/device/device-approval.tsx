"use client";

import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ActionError } from "@/components/forms/action-error";
import { FormError } from "@/components/forms/form-error";
import { useAction, useActionForm } from "@/components/forms/use-action-form";
import { TokenFields, scrollToFirstError } from "@/components/tokens/token-fields";
import {
  TOKEN_FORM_DEFAULTS,
  formField,
  tokenFormResolver,
  type TokenFormValues,
} from "@/components/tokens/token-form";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { MembershipFact } from "@/lib/access";
import type { CreateAccountTokenInput } from "@/lib/account-tokens/schemas";
import { approveDeviceAction, denyDeviceAction } from "@/lib/actions/device-authorization";
import { DeviceNotice } from "./device-notice";

export type PendingDevice = {
  userCode: string;
  clientName: string;
  requestedAt: string;
  requestIp: string | null;
};

type DeviceApprovalProps = { device: PendingDevice; memberships: readonly MembershipFact[]; now: number };

// A device sign-in starts narrower than a token made by hand: read-only, for 90 days.
function approvalDefaults(clientName: string): TokenFormValues {
  return { ...TOKEN_FORM_DEFAULTS, name: clientName.slice(0, 64), expiry: "90d" };
}

/**
 * Which client asks, then the new token's name, permissions, websites and expiry with the very
 * fields of Account settings → API, and Approve or Deny. The secret goes to the device only.
 */
export function DeviceApproval({ device, memberships, now }: DeviceApprovalProps) {
  const [outcome, setOutcome] = useState<"approved" | "denied" | null>(null);
  const form = useForm<TokenFormValues, unknown, CreateAccountTokenInput>({
    resolver: tokenFormResolver,
    defaultValues: approvalDefaults(device.clientName),
  });
  const formRef = useRef<HTMLFormElement>(null);
  const approve = useActionForm(form, (token) => approveDeviceAction({ userCode: device.userCode, token }), {
    fieldOf: (path) => formField(path.replace(/^token\./, "")),
    onError: () => scrollToFirstError(formRef.current),
    onSuccess: () => setOutcome("approved"),
  });
  const deny = useAction(denyDeviceAction, { onSuccess: () => setOutcome("denied") });
  const pending = approve.pending || deny.pending;

  if (outcome === "approved")
    return (
      <DeviceNotice title="Device signed in">
        <p>Return to your terminal: {device.clientName} has its new token.</p>
      </DeviceNotice>
    );
  if (outcome === "denied")
    return (
      <DeviceNotice title="Sign-in denied">
        <p>{device.clientName} was refused and received nothing. You can close this page.</p>
      </DeviceNotice>
    );

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <h1 className="text-xl font-semibold">Sign in a device</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted-foreground">Client</dt>
          <dd className="font-medium">{device.clientName}</dd>
          <dt className="text-muted-foreground">Code</dt>
          <dd className="font-mono">{device.userCode}</dd>
          <dt className="text-muted-foreground">Requested</dt>
          <dd>
            <RelativeTime date={device.requestedAt} now={now} />
            {device.requestIp && ` from ${device.requestIp}`}
          </dd>
        </dl>
        <p className="text-sm text-muted-foreground">
          Approve only if you started this sign-in and the code matches your terminal. The device receives a
          new API token acting as you, within what you choose here.
        </p>
      </div>
      <form ref={formRef} onSubmit={approve.onSubmit} noValidate className="grid gap-6">
        <TokenFields form={form} memberships={memberships} pending={pending} />
        <FormError form={form} retry={approve.retry} />
        <ActionError failure={deny.failure} onRetry={deny.retry} lead="The sign-in was not denied." />
        <div className="flex flex-wrap justify-end gap-3">
          <Button
            type="button"
            variant="outline"
            loading={deny.pending}
            disabled={pending}
            onClick={() => deny.execute({ userCode: device.userCode })}
          >
            Deny
          </Button>
          <Button type="submit" loading={approve.pending} disabled={pending}>
            Approve
          </Button>
        </div>
      </form>
    </div>
  );
}
