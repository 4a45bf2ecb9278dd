import { KeyRound } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

type StatusPageProps = {
  title: string;
  description: React.ReactNode;
  /** More ways out besides the way home (e.g. Try again). */
  actions?: React.ReactNode;
  /** The way home; "Go to Keyward" at "/" unless a page knows a closer one. */
  home?: { href: string; label: string };
  /** The server's reference for an unexpected error (Next's digest), to quote to an administrator. */
  reference?: string;
  /**
   * Inside the signed-in shell, which already has the <main> landmark: a section of the page
   * rather than a page of its own.
   */
  inShell?: boolean;
};

/** "Not found" and "something went wrong": a title, what happened, a reference and a way home. */
export function StatusPage({
  title,
  description,
  actions,
  home = { href: "/", label: "Go to Keyward" },
  reference,
  inShell = false,
}: StatusPageProps) {
  const Root = inShell ? "section" : "main";
  return (
    <Root
      aria-labelledby="status-title"
      className={cn(
        "mx-auto grid max-w-md content-center justify-items-center gap-4 px-4 text-center",
        inShell ? "py-12" : "min-h-dvh",
      )}
    >
      {/* In the shell, an element rather than metadata: it also titles pages whose metadata failed. */}
      {inShell && <title>{`${title} · Keyward`}</title>}
      <KeyRound aria-hidden className="size-8 text-primary" />
      <h1 id="status-title" className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <p className="text-sm text-muted-foreground">{description}</p>
      {reference && (
        <p className="text-sm text-muted-foreground">
          Reference <span className="font-mono text-foreground select-all">{reference}</span>
        </p>
      )}
      <div className="flex flex-wrap justify-center gap-2">
        {actions}
        <Button asChild variant={actions ? "outline" : "default"}>
          <Link href={home.href}>{home.label}</Link>
        </Button>
      </div>
    </Root>
  );
}
