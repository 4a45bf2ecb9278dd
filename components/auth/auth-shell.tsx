import { KeyRound } from "lucide-react";
import { cn } from "@/lib/utils/cn";

const widths = { sm: "max-w-sm", md: "max-w-md", "2xl": "max-w-2xl" } as const;

/** The signed-out frame: the brand over one centred card (sign in, sign up, invitations). */
export function AuthShell({
  children,
  width = "sm",
}: {
  children: React.ReactNode;
  width?: keyof typeof widths;
}) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <KeyRound aria-hidden className="size-6 text-primary" />
        Keyward
      </div>
      <div className={cn("w-full rounded-xl border bg-card p-6 shadow-sm sm:p-8", widths[width])}>
        {children}
      </div>
    </main>
  );
}
