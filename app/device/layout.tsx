import { AuthShell } from "@/components/auth/auth-shell";
import { Toaster } from "@/components/feedback/toaster";
import { SudoProvider } from "@/components/sudo/sudo-provider";

// Outside the (app) group: a signed-out visitor is sent to sign in and back to this very code.
export default function DeviceLayout({ children }: { children: React.ReactNode }) {
  return (
    <AuthShell width="2xl">
      <SudoProvider>{children}</SudoProvider>
      <Toaster />
    </AuthShell>
  );
}
