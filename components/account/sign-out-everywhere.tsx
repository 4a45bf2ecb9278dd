"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { signOutEverywhereAction } from "@/lib/actions/account";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";

export function SignOutEverywhere() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm(event: React.MouseEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const result = await signOutEverywhereAction({});
    if (!result.ok) {
      setPending(false);
      setError(result.error.message);
      return;
    }
    await signOut({ callbackUrl: "/sign-in" });
  }

  return (
    <div className="grid gap-2">
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button variant="outline" className="w-fit">
            Sign out everywhere
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Sign out of every device?</AlertDialogTitle>
            <AlertDialogDescription>
              Every browser signed in to your account, including this one, is signed out at once. Your API
              tokens keep working; revoke them on the API tab if you need to.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <FieldError>{error}</FieldError>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            <AlertDialogAction asChild>
              <Button variant="destructive" loading={pending} onClick={confirm}>
                Sign out everywhere
              </Button>
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
