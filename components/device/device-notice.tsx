import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

type DeviceNoticeProps = { title: string; children: React.ReactNode; again?: boolean };

/** A final state of /device: unknown or expired code, already used, approved, denied. */
export function DeviceNotice({ title, children, again = false }: DeviceNoticeProps) {
  return (
    <section aria-labelledby="device-notice" className="grid gap-4">
      <h1 id="device-notice" className="text-xl font-semibold">
        {title}
      </h1>
      <div className="text-sm text-muted-foreground">{children}</div>
      {again && (
        <Link href="/device" className={buttonVariants({ variant: "outline" })}>
          Enter another code
        </Link>
      )}
    </section>
  );
}
