import { BookOpen } from "lucide-react";
import Link from "next/link";
import { curlSnippet } from "@/components/secrets/curl-snippet";
import { SECRET_PREFIX } from "@/lib/secrets/format";
import { textLinkClasses } from "@/components/ui/text-link";
import { cn } from "@/lib/utils/cn";

type ApiUsageNoteProps = { kind: "account-token" | "website-key"; origin: string };

/**
 * How to call the API with this kind of secret: a curl example that works with any secret of
 * the kind (SPEC §5), and where the full reference is.
 */
export function ApiUsageNote({ kind, origin }: ApiUsageNoteProps) {
  const example = curlSnippet(origin, `${SECRET_PREFIX[kind]}…`);
  return (
    <section
      aria-labelledby={`api-usage-${kind}`}
      className="grid gap-2 rounded-lg border bg-muted/30 p-4 text-sm"
    >
      <h2 id={`api-usage-${kind}`} className="font-medium">
        Use the API
      </h2>
      <p className="text-muted-foreground">Send the secret in the Authorization header:</p>
      {/* Wraps instead of scrolling sideways on phones: a scrolling region would need a tab stop. */}
      <pre className="rounded-md bg-background p-3 font-mono text-xs break-all whitespace-pre-wrap">
        {example}
      </pre>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <Link href="/api-reference" className={cn("inline-flex items-center gap-1", textLinkClasses)}>
          <BookOpen aria-hidden className="size-4" />
          API reference
        </Link>
        <a href="/api/v1/openapi.json" className={textLinkClasses}>
          OpenAPI document (openapi.json)
        </a>
      </p>
    </section>
  );
}
