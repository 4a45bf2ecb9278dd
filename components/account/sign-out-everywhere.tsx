"use client";

import { signOut } from "@/components/auth/next-auth-client";
import { useRouter } from "next/navigation";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { ActionError } from "@/components/forms/action-error";
import { useAction } from "@/components/forms/use-action-form";
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

export function SignOutEverywhere() {
  const router = useRouter();
  const signingOut = useAction(signOutEverywhereAction, {
    // Every session has ended on the server: a failed sign-out here still ends on the sign-in page.
    onSuccess: () => signOut("/sign-in").catch(() => router.replace("/sign-in")),
  });

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
          <ActionError failure={signingOut.failure} onRetry={signingOut.retry} />
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction asChild>
              <Button
                variant="destructive"
                loading={signingOut.pending}
                onClick={(event) => {
                  // The dialog stays open until the action settles.
                  event.preventDefault();
                  signingOut.execute({});
                }}
              >
                Sign out everywhere
              </Button>
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
