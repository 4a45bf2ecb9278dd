import { CopyButton } from "@/components/ui/copy-button";

/** The website's public tracking id with a copy button (selects the text where the clipboard is unavailable). */
export function TrackingId({ value }: { value: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <code
        id="tracking-id"
        aria-label="Tracking ID"
        className="min-w-0 rounded-md border bg-muted px-2 py-1.5 font-mono text-sm break-all"
      >
        {value}
      </code>
      <CopyButton value={value} label="Copy" aria-label="Copy tracking ID" fallbackTargetId="tracking-id" />
    </div>
  );
}
