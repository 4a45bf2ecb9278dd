import "server-only";

// A funnel's slug: its name lower-cased, every run of characters other than a-z and 0-9 turned
// into one "-", with none at either end ("funnel" when nothing is left). Unique among the
// website's active funnels: a taken slug gets "-2", "-3"… (the first one free). The migration
// that added slugs computes the same (prisma/migrations/…_funnels_datafast_shape).

export function baseSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "funnel";
}

/** The first of `base`, `base-2`, `base-3`… that `taken` does not hold. */
export function uniqueSlug(name: string, taken: ReadonlySet<string>): string {
  const base = baseSlug(name);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
