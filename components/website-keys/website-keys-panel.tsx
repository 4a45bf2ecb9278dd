"use client";

import { KeyRound, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { revokeWebsiteKeyAction, rollWebsiteKeyAction } from "@/lib/actions/website-keys";
import { SecretDialogs, useSecretFlows } from "@/components/secrets/secret-flows";
import type { ActOutcome, CredentialRef, SecretOutcome } from "@/components/secrets/types";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { GracePeriod } from "@/lib/credentials/grace";
import type { WebsiteKeyDto } from "@/lib/website-keys/dto";
import { KEY_LIMIT_MESSAGE } from "@/lib/website-keys/messages";
import { WEBSITE_KEY_LIMIT } from "@/lib/website-keys/schemas";
import { CreateKeyDialog } from "./create-key-dialog";
import { WebsiteKeysTable } from "./website-keys-table";

type WebsiteKeysPanelProps = {
  websiteId: string;
  domain: string;
  keys: WebsiteKeyDto[];
  /** lib/access's answer to "api-keys.write" here, with its reason when refused. */
  manage: { ok: true } | { ok: false; reason: string };
  now: number;
};

function refOf(key: WebsiteKeyDto): CredentialRef {
  return { id: key._id, name: key.name, displayKey: key.displayKey };
}

/** Website settings → Developer: the website's `df_` keys and, for those allowed, create / roll / revoke. */
export function WebsiteKeysPanel({ websiteId, domain, keys, manage, now }: WebsiteKeysPanelProps) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const flows = useSecretFlows("website-key", heading);
  const [creating, setCreating] = useState(false);
  const atLimit = keys.length >= WEBSITE_KEY_LIMIT;

  // Each adapter takes the secret out of the action result and lets the result go.
  async function roll(target: CredentialRef, grace: GracePeriod): Promise<SecretOutcome> {
    const result = await rollWebsiteKeyAction({ websiteId, keyId: target.id, grace });
    return result.ok
      ? { ok: true, secret: result.data.secret }
      : { ok: false, message: result.error.message };
  }

  async function revoke(target: CredentialRef): Promise<ActOutcome> {
    const result = await revokeWebsiteKeyAction({ websiteId, keyId: target.id });
    return result.ok ? { ok: true } : { ok: false, message: result.error.message };
  }

  function startCreate(opener: HTMLElement) {
    flows.begin(opener);
    setCreating(true);
  }

  const createButton = (
    <Button disabled={atLimit} onClick={(event) => startCreate(event.currentTarget)}>
      <Plus aria-hidden="true" />
      Create key
    </Button>
  );

  return (
    <section aria-labelledby="keys-heading" className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid max-w-prose gap-1">
          <h2 ref={heading} id="keys-heading" tabIndex={-1} className="text-lg font-medium">
            API keys
          </h2>
          <p className="text-sm text-muted-foreground">
            A key (<code className="font-mono">df_…</code>) lets your servers and scripts use the Keyward API
            for {domain} with a member&apos;s access. {keys.length} of {WEBSITE_KEY_LIMIT} used.
          </p>
        </div>
        {manage.ok && keys.length > 0 && createButton}
      </div>

      {!manage.ok && (
        <Alert variant="info">
          <AlertTitle>{manage.reason}</AlertTitle>
          <AlertDescription>
            You can see which keys exist. Ask an owner or a member if you need a key.
          </AlertDescription>
        </Alert>
      )}

      <p role="status" className="text-sm font-medium text-success empty:hidden">
        {flows.status}
      </p>

      {manage.ok && atLimit && (
        <Alert variant="warning">
          <AlertTitle>This website has {WEBSITE_KEY_LIMIT} keys, the most allowed</AlertTitle>
          <AlertDescription>{KEY_LIMIT_MESSAGE}</AlertDescription>
        </Alert>
      )}

      {keys.length === 0 ? (
        <EmptyState
          icon={<KeyRound />}
          title="No API keys yet"
          description={`A key lets a server record goals and payments, or read analytics, for ${domain} without signing in. Its secret is shown once, when you create it.`}
          action={manage.ok ? createButton : undefined}
        />
      ) : (
        <WebsiteKeysTable
          domain={domain}
          keys={keys}
          now={now}
          onRoll={manage.ok ? (key, opener) => flows.startRoll(refOf(key), opener) : undefined}
          onRevoke={manage.ok ? (key, opener) => flows.startRevoke(refOf(key), opener) : undefined}
        />
      )}

      {manage.ok && (
        <>
          <CreateKeyDialog
            open={creating}
            onOpenChange={setCreating}
            websiteId={websiteId}
            domain={domain}
            onCloseAutoFocus={flows.reveal ? (event) => event.preventDefault() : flows.focus.onCloseAutoFocus}
            onCreated={({ name, secret }) => {
              flows.showCreated(name, secret);
              setCreating(false);
              router.refresh();
            }}
          />
          <SecretDialogs flows={flows} roll={roll} revoke={revoke} onChanged={() => router.refresh()} />
        </>
      )}
    </section>
  );
}
