"use client";

import { Crown } from "lucide-react";
import { useForm, useWatch } from "react-hook-form";
import { transferOwnershipAction } from "@/lib/actions/team";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ROLE_LABEL } from "@/lib/access";
import type { TeamMember } from "@/lib/team/list-members";
import type { TransferInput } from "@/lib/team/schemas";

type TransferOwnershipProps = {
  websiteId: string;
  domain: string;
  /** Who can receive the website: the people but the owner on the page of members shown. */
  candidates: TeamMember[];
  /** Whether that page holds the whole team (no search, one page). */
  everyoneListed: boolean;
};

/** Owner-only: hand the website to someone on its team, confirmed by typing their email. */
export function TransferOwnership({ websiteId, domain, candidates, everyoneListed }: TransferOwnershipProps) {
  return (
    // The account page links here (#transfer-ownership) for each website that blocks a deletion.
    <Card id="transfer-ownership" className="scroll-mt-20">
      <CardHeader>
        <CardTitle>Transfer ownership</CardTitle>
        <CardDescription className="min-w-0 break-words">
          Make someone on this team the owner of {domain}. You stay on as a member: the new owner manages the
          team from then on, and can change your role or remove you.
          {!everyoneListed &&
            " You can choose among the people listed on this page of Members: search Members to find someone else."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {candidates.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            {everyoneListed
              ? "Invite someone first: ownership can only go to a member of this website."
              : "Nobody on this page of Members can receive it: search Members for the person to hand it to."}
          </p>
        ) : (
          <TransferDialog websiteId={websiteId} domain={domain} candidates={candidates} />
        )}
      </CardContent>
    </Card>
  );
}

function TransferDialog({ websiteId, domain, candidates }: Omit<TransferOwnershipProps, "everyoneListed">) {
  const form = useForm<TransferInput>({ defaultValues: { userId: "", confirmEmail: "" } });
  const userId = useWatch({ control: form.control, name: "userId" });
  const chosen = candidates.find((member) => member.userId === userId);

  return (
    <ConfirmDialog
      label="Transfer ownership"
      icon={Crown}
      triggerVariant="outline"
      title={`Transfer ownership of ${domain}?`}
      description={
        <>
          The new owner can invite and remove people, change roles, transfer the website again and delete it.
          You become a member and can no longer manage the team.
        </>
      }
      form={form}
      // The page re-renders with this person as a member: this card leaves with the owner's controls.
      action={(values: TransferInput) => transferOwnershipAction({ websiteId, ...values })}
      done={`${chosen?.name ?? "The new owner"} now owns ${domain}. You are a member.`}
      typed={{ name: "confirmEmail", text: chosen?.email ?? null, ignoreCase: true }}
      before={
        <Field label="New owner" error={form.formState.errors.userId?.message}>
          <Select {...form.register("userId")}>
            <option value="" disabled>
              Choose a person…
            </option>
            {candidates.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name} ({member.email}) · {ROLE_LABEL[member.role]}
              </option>
            ))}
          </Select>
        </Field>
      }
    />
  );
}
