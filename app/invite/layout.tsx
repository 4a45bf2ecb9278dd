import { AuthShell } from "@/components/auth/auth-shell";

// Outside the (app) group on purpose: signed-out visitors open invitation links too.
export default function InviteLayout({ children }: { children: React.ReactNode }) {
  return <AuthShell width="md">{children}</AuthShell>;
}
