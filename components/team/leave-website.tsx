"use client";

import { LogOut } from "lucide-react";
import { useState, useTransition } from "react";
import { leaveWebsiteAction } from "@/lib/actions/team";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field";

type LeaveWebsiteProps = {
  websiteId: string;
  domain: string;
  /** Why this person can't leave (the owner: transfer first), or null when they can. */
  blocked: string | null;
};

/** A member or viewer leaves the website; the owner is told to transfer ownership first. */
export function LeaveWebsite({ websiteId, domain, blocked }: LeaveWebsiteProps) {
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>Leave website</CardTitle>
        <CardDescription className="min-w-0 break-words">
          {blocked ??
            `You lose access to ${domain} at once, and so do your account tokens. To come back, you need a new invitation.`}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {blocked ? (
          <Button variant="outline" disabled>
            <LogOut aria-hidden />
            Leave website
          </Button>
        ) : (
          <LeaveDialog websiteId={websiteId} domain={domain} />
        )}
      </CardContent>
    </Card>
  );
}

function LeaveDialog({ websiteId, domain }: { websiteId: string; domain: string }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function leave() {
    setError(undefined);
    // On success the action redirects to the websites list; only failures come back.
    startTransition(async () => {
      const result = await leaveWebsiteAction({ websiteId });
      if (!result.ok) setError(result.error.message);
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && (setOpen(next), setError(undefined))}>
      <AlertDialogTrigger asChild>
        <Button variant="destructive">
          <LogOut aria-hidden />
          Leave website
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle className="break-words">Leave {domain}?</AlertDialogTitle>
          <AlertDialogDescription>
            You can no longer open it, and your account tokens lose it from their next request. API keys you
            created here stay with the website.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <FieldError>{error}</FieldError>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" loading={pending} onClick={leave}>
            Leave website
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
