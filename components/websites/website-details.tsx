import type { WebsiteDto } from "@/lib/websites/website-dto";

/** The General settings as text, for people who may read but not change them. */
export function WebsiteDetails({ website }: { website: WebsiteDto }) {
  const rows = [
    ["Name", website.name],
    ["Domain", website.domain],
    ["Timezone", website.timezone.replaceAll("_", " ")],
    ["Currency", website.currency],
  ] as const;
  return (
    <dl className="grid gap-4 text-sm sm:gap-3">
      {rows.map(([term, value]) => (
        <div key={term} className="grid gap-0.5 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-6">
          <dt className="text-muted-foreground">{term}</dt>
          <dd className="font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
