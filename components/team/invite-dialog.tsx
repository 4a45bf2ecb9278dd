"use client";

import { toast } from "@/components/feedback/toast";
import { zodResolver } from "@/components/forms/zod-resolver";
import { UserPlus } from "lucide-react";
import { useId, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { inviteMemberAction } from "@/lib/actions/team";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import type { IssuedInvitation } from "@/lib/team/issue-invitation";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field, Fieldset } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { ASSIGNABLE_ROLES, ROLE_DESCRIPTION, ROLE_LABEL } from "@/lib/access";
import { inviteSchema, type InviteInput } from "@/lib/team/schemas";
import { InvitationLink } from "./invitation-link";

/** Owner-only: invite by email as a member or viewer, then copy the one-time link. */
export function InviteDialog({ websiteId, domain }: { websiteId: string; domain: string }) {
  const [open, setOpen] = useState(false);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);

  function onOpenChange(next: boolean) {
    setOpen(next);
    // The link leaves the page with the dialog.
    if (!next) setIssued(null);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          Invite member
        </Button>
      </DialogTrigger>
      <DialogContent
        className="sm:max-w-xl"
        // Once a link is on show, only "Done" closes: a stray click must not lose it.
        onInteractOutside={(event) => issued && event.preventDefault()}
      >
        {issued ? (
          <>
            <DialogHeader>
              <DialogTitle>Invitation ready</DialogTitle>
              <DialogDescription>
                {issued.invitation.email} is invited to {domain} as a{" "}
                {ROLE_LABEL[issued.invitation.role].toLowerCase()}. Copy the link and send it to them.
              </DialogDescription>
            </DialogHeader>
            <InvitationLink url={issued.url} email={issued.invitation.email} delivery={issued.delivery} />
            <DialogFooter>
              <Button onClick={() => onOpenChange(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Invite a member</DialogTitle>
              <DialogDescription>
                They join {domain} when they open the link signed in with this email address (or create an
                account with it).
              </DialogDescription>
            </DialogHeader>
            <InviteForm
              websiteId={websiteId}
              onIssued={(next) => {
                toast(`Invitation for ${next.invitation.email} created.`);
                setIssued(next);
              }}
            />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}

function InviteForm({
  websiteId,
  onIssued,
}: {
  websiteId: string;
  onIssued: (issued: IssuedInvitation) => void;
}) {
  const id = useId();
  const form = useForm<InviteInput>({
    resolver: zodResolver(inviteSchema, undefined, { raw: true }),
    // The dashboard suggests member and always sends the choice; the API defaults to viewer (DataFast).
    defaultValues: { email: "", role: "member" },
  });
  const { errors } = form.formState;
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (values: InviteInput) => inviteMemberAction({ ...values, websiteId }),
    { onSuccess: onIssued },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <Field label="Email" error={errors.email?.message} required>
        <Input
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="name@example.com"
          {...form.register("email")}
        />
      </Field>
      <Controller
        control={form.control}
        name="role"
        render={({ field, fieldState }) => (
          <Fieldset legend="Role" error={fieldState.error?.message}>
            <RadioGroup value={field.value} onValueChange={field.onChange} disabled={pending}>
              {ASSIGNABLE_ROLES.map((role) => (
                <div key={role} className="flex items-start gap-3">
                  <RadioGroupItem
                    value={role}
                    id={`${id}-${role}`}
                    aria-describedby={`${id}-${role}-description`}
                    className="mt-0.5"
                  />
                  <div className="grid gap-0.5">
                    <Label htmlFor={`${id}-${role}`}>{ROLE_LABEL[role]}</Label>
                    <span id={`${id}-${role}-description`} className="text-sm text-muted-foreground">
                      {ROLE_DESCRIPTION[role]}
                    </span>
                  </div>
                </div>
              ))}
            </RadioGroup>
          </Fieldset>
        )}
      />
      <FormError form={form} retry={retry} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">Cancel</Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          Create invitation
        </Button>
      </DialogFooter>
    </form>
  );
}
