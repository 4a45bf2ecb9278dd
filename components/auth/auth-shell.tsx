import { KeyRound } from "lucide-react";
import { cn } from "@/lib/utils/cn";

/** The signed-out frame: the brand over one centred card (sign in, sign up, invitations). */
export function AuthShell({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <KeyRound aria-hidden className="size-6 text-primary" />
        Keyward
      </div>
      <div className={cn("w-full max-w-sm rounded-xl border bg-card p-6 shadow-sm sm:p-8", className)}>
        {children}
      </div>
    </main>
  );
}
