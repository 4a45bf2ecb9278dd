import { KeyRound } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

type StatusPageProps = {
  title: string;
  description: React.ReactNode;
  /** More ways out besides "Go to Keyward" (e.g. Retry). */
  actions?: React.ReactNode;
};

/** A page of its own for "not found" and "something went wrong", outside the signed-in shell. */
export function StatusPage({ title, description, actions }: StatusPageProps) {
  return (
    <main className="mx-auto grid min-h-dvh max-w-md content-center justify-items-center gap-4 px-4 text-center">
      <KeyRound aria-hidden className="size-8 text-primary" />
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-sm text-muted-foreground">{description}</p>
      <div className="flex flex-wrap justify-center gap-2">
        {actions}
        <Button asChild variant={actions ? "outline" : "default"}>
          <Link href="/">Go to Keyward</Link>
        </Button>
      </div>
    </main>
  );
}
