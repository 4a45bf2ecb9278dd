"use client";

import { LogOut } from "lucide-react";
import { useForm } from "react-hook-form";
import { leaveWebsiteAction } from "@/lib/actions/team";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

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
  const form = useForm();

  return (
    <ConfirmDialog
      label="Leave website"
      icon={LogOut}
      title={`Leave ${domain}?`}
      description={
        <>
          You can no longer open it, and your account tokens lose it from their next request. API keys you
          created here stay with the website.
        </>
      }
      form={form}
      // On success the action redirects to the websites list; only failures come back.
      action={() => leaveWebsiteAction({ websiteId })}
      done={`You left ${domain}.`}
      redirectsTo="/"
    />
  );
}
