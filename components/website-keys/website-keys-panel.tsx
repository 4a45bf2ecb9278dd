"use client";

import { toast } from "@/components/feedback/toast";
import { KeyRound, Plus } from "lucide-react";
import { useRef } from "react";
import {
  expireWebsiteKeyPreviousSecretAction,
  previewWebsiteKeyRevokeAction,
  revokeWebsiteKeyAction,
  revokeWebsiteKeysAction,
  rollWebsiteKeyAction,
  rollWebsiteKeyLineageAction,
} from "@/lib/actions/website-keys";
import { CredentialsHeading } from "@/components/secrets/credentials-heading";
import { actOutcome, lineageOutcome, secretOutcome } from "@/components/secrets/outcomes";
import { SecretDialogs, useSecretFlows } from "@/components/secrets/secret-flows";
import type {
  ActOutcome,
  CredentialRef,
  LineageOutcome,
  LineageRollOutcome,
  SecretOutcome,
} from "@/components/secrets/types";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { GracePeriod } from "@/lib/credentials/grace";
import type { WebsiteKeyDto } from "@/lib/website-keys/dto";
import { KEY_LIMIT_MESSAGE } from "@/lib/website-keys/messages";
import { WEBSITE_KEY_LIMIT } from "@/lib/website-keys/key-limit";
import { CreateKeyDialog, createKeyFormCode } from "./create-key-dialog";
import { RenameKeyDialog } from "./rename-key-dialog";
import { withLastUsed } from "@/components/secrets/recent-ips";
import { CredentialControls } from "@/components/hygiene/credential-controls";
import { WebsiteKeysTable } from "./website-keys-table";

type WebsiteKeysPanelProps = {
  websiteId: string;
  domain: string;
  keys: WebsiteKeyDto[];
  /** lib/access's answer to "api-keys.write" here, with its reason when refused. */
  manage: { ok: true } | { ok: false; reason: string };
  /** Per key, the client addresses it was used from lately (usage), for the allow-list preview. */
  recentIps: Record<string, string[]>;
  now: number;
};

/** Website settings → Developer: the website's `df_` keys and, for those allowed, create / roll / rename / revoke. */
export function WebsiteKeysPanel({ websiteId, domain, keys, manage, recentIps, now }: WebsiteKeysPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const flows = useSecretFlows("website-key", heading);
  const atLimit = keys.length >= WEBSITE_KEY_LIMIT;
  const editingKey = keys.find((key) => key._id === flows.editing?.id);

  async function roll(target: CredentialRef, grace: GracePeriod): Promise<SecretOutcome> {
    const result = await rollWebsiteKeyAction({ websiteId, keyId: target.id, grace });
    return secretOutcome(result, (data) => data.secret);
  }

  async function revoke(target: CredentialRef): Promise<ActOutcome> {
    return actOutcome(await revokeWebsiteKeyAction({ websiteId, keyId: target.id }));
  }

  async function expirePrevious(target: CredentialRef): Promise<ActOutcome> {
    return actOutcome(await expireWebsiteKeyPreviousSecretAction({ websiteId, keyId: target.id }));
  }

  async function rollAll(target: CredentialRef): Promise<LineageRollOutcome> {
    const result = await rollWebsiteKeyLineageAction({ websiteId, keyId: target.id });
    if (!result.ok) return { ok: false, message: result.error.message };
    // The secrets leave the action result here, once; the result object is dropped.
    return {
      ok: true,
      secrets: result.data.map(({ key, secret }) => ({ id: key._id, name: key.name, secret })),
    };
  }

  async function previewRevoke(target: CredentialRef): Promise<LineageOutcome> {
    return lineageOutcome(await previewWebsiteKeyRevokeAction({ websiteId, keyId: target.id }));
  }

  const createButton = (
    <Button
      disabled={atLimit}
      onPointerEnter={createKeyFormCode.preload}
      onFocus={createKeyFormCode.preload}
      onClick={(event) => flows.startCreate(event.currentTarget)}
    >
      <Plus aria-hidden="true" />
      Create key
    </Button>
  );

  return (
    <section aria-labelledby="keys-heading" className="grid gap-4">
      <CredentialsHeading
        id="keys-heading"
        headingRef={heading}
        title="API keys"
        action={manage.ok && keys.length > 0 && createButton}
      >
        A key (<code className="font-mono">df_…</code>) lets your servers and scripts use the Keyward API for{" "}
        {domain} with a member&apos;s access. {keys.length} of {WEBSITE_KEY_LIMIT} used.
      </CredentialsHeading>

      {!manage.ok && (
        <Alert variant="info">
          <AlertTitle>{manage.reason}</AlertTitle>
          <AlertDescription>
            You can see which keys exist. Ask an owner or a member if you need a key.
          </AlertDescription>
        </Alert>
      )}

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
        <CredentialControls
          items={keys}
          now={now}
          noun="key"
          filters={["unused", "never-expires", "expiring", "creator-gone"]}
          revokeMany={manage.ok ? (keyIds) => revokeWebsiteKeysAction({ websiteId, keyIds }) : undefined}
        >
          {(visible) => (
            <WebsiteKeysTable
              domain={domain}
              keys={visible}
              now={now}
              actions={manage.ok ? flows.rowActions : undefined}
            />
          )}
        </CredentialControls>
      )}

      {manage.ok && (
        <>
          <CreateKeyDialog {...flows.createDialog} websiteId={websiteId} domain={domain} />
          <RenameKeyDialog
            websiteId={websiteId}
            target={flows.editing}
            onClose={flows.stopEditing}
            onRenamed={(name) => {
              toast(`API key renamed to “${name}”.`);
              flows.stopEditing();
              flows.refresh();
            }}
            allowList={
              editingKey
                ? {
                    current: editingKey.allowedIps,
                    recentIps: withLastUsed(editingKey.lastUsedIp, recentIps[editingKey._id]),
                  }
                : null
            }
            onAllowListSaved={() => {
              toast("IP allow-list saved.");
              flows.stopEditing();
              flows.refresh();
            }}
            onCloseAutoFocus={flows.focus.onCloseAutoFocus}
          />
          <SecretDialogs
            flows={flows}
            roll={roll}
            revoke={revoke}
            previewRevoke={previewRevoke}
            rollAll={rollAll}
            expirePrevious={expirePrevious}
          />
        </>
      )}
    </section>
  );
}
