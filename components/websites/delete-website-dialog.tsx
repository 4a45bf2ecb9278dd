"use client";

import { Trash2 } from "lucide-react";
import { useForm } from "react-hook-form";
import { deleteWebsiteAction } from "@/lib/actions/websites";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import type { DeleteWebsiteInput } from "@/lib/websites/schemas";

/** Owner-only: delete after typing the domain exactly; the server checks the same text again. */
export function DeleteWebsiteDialog({ websiteId, domain }: { websiteId: string; domain: string }) {
  const form = useForm<DeleteWebsiteInput>({ defaultValues: { confirmDomain: "" } });

  return (
    <ConfirmDialog
      label="Delete website"
      icon={Trash2}
      title={`Delete ${domain}?`}
      description={
        <>
          Its team, pending invitations and API keys are deleted with it: scripts using those keys stop
          working at once, and account tokens lose access to it. This cannot be undone.
        </>
      }
      form={form}
      // On success the action redirects to the website list; only failures come back.
      action={(values: DeleteWebsiteInput) => deleteWebsiteAction({ websiteId, ...values })}
      done={`${domain} was deleted.`}
      redirectsTo="/"
      typed={{ name: "confirmDomain", text: domain }}
    />
  );
}
