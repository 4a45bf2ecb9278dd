"use client";

import { LogOut } from "lucide-react";
import { signOut } from "@/components/auth/next-auth-client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Signs out and comes back to the invitation, which then offers sign-in and sign-up for the invited email. */
export function SwitchAccountButton({ returnTo }: { returnTo: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      className="w-full"
      loading={pending}
      onClick={() => {
        setPending(true);
        void signOut(returnTo);
      }}
    >
      <LogOut aria-hidden />
      Sign out and switch account
    </Button>
  );
}
