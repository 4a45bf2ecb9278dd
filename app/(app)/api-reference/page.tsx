import type { Metadata } from "next";
import { OperationCard } from "@/components/api-reference/operation-card";
import { apiReference } from "@/lib/api/catalogue/reference";
import { textLinkClasses } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "API reference" };

export default function ApiReferencePage() {
  const groups = apiReference();
  return (
    <div className="grid gap-8">
      <div className="grid max-w-prose gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">API reference</h1>
        <p className="text-sm text-muted-foreground">
          Every endpoint of <code className="font-mono">/api/v1</code>. Send{" "}
          <code className="font-mono">Authorization: Bearer &lt;secret&gt;</code> with an account token (
          <code className="font-mono">dft_…</code>, Account settings → API) or a website key (
          <code className="font-mono">df_…</code>, Website settings → Developer). Answers are{" "}
          <code className="font-mono">{`{"status":"success","data":[…]}`}</code> or{" "}
          <code className="font-mono">{`{"status":"error","error":{"code","message"}}`}</code>.
        </p>
        <p className="text-sm">
          <a href="/api/v1/openapi.json" className={textLinkClasses}>
            OpenAPI 3.1 document (openapi.json)
          </a>
        </p>
        <nav aria-label="API sections" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {groups.map(({ tag }) => (
            <a
              key={tag}
              href={`#${tagId(tag)}`}
              className="text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
            >
              {tag}
            </a>
          ))}
        </nav>
      </div>
      {groups.map(({ tag, operations }) => (
        <section key={tag} aria-labelledby={tagId(tag)} className="grid gap-3">
          <h2 id={tagId(tag)} className="scroll-mt-20 text-lg font-medium">
            {tag}
          </h2>
          {operations.map((operation) => (
            <OperationCard key={operation.id} operation={operation} />
          ))}
        </section>
      ))}
    </div>
  );
}

function tagId(tag: string): string {
  return `tag-${tag.toLowerCase().replaceAll(" ", "-")}`;
}
