import "server-only";
import { canonicalPermissions, isGrant, presetOf, PRESET_LABEL } from "@/lib/access";

/** One field an edit or a rename changed, before and after, in the words the lists use. */
export type ActivityChange = { field: string; before: string; after: string };

type Fields = Record<string, unknown>;

const LABELS: Record<string, string> = {
  name: "Name",
  permissions: "Permissions",
  websiteIds: "Websites",
  expiresAt: "Expires",
};

function fields(value: unknown): Fields | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Fields) : null;
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : null;
}

/** Stored shapes come from the token and key edits (shownBounds): websiteIds [] means all websites. */
function shown(field: string, value: unknown, domains: ReadonlyMap<string, string>): string | null {
  switch (field) {
    case "name":
      return typeof value === "string" ? value.slice(0, 200) : null;
    case "permissions": {
      const grants = strings(value)?.filter(isGrant);
      if (!grants) return null;
      // A log states exactly what changed: a custom set is listed in full, not counted.
      const preset = presetOf(grants);
      return preset === "custom" ? canonicalPermissions(grants).join(", ") : PRESET_LABEL[preset];
    }
    case "websiteIds": {
      const ids = strings(value);
      if (!ids) return null;
      if (ids.length === 0) return "All websites";
      const named = ids.map((id) => domains.get(id)).filter((domain) => domain !== undefined);
      return named.length === ids.length ? named.join(", ") : `${ids.length} websites`;
    }
    case "expiresAt":
      if (value === null) return "Never";
      return typeof value === "string" && !Number.isNaN(Date.parse(value))
        ? `${value.slice(0, 16).replace("T", " ")} UTC`
        : null;
    default:
      return null;
  }
}

/** The fields that differ between an event's `before` and `after` metadata, in a fixed order. */
export function activityChanges(metadata: unknown, domains: ReadonlyMap<string, string>): ActivityChange[] {
  const all = fields(metadata);
  const before = fields(all?.before);
  const after = fields(all?.after);
  if (!before || !after) return [];
  return Object.keys(LABELS).flatMap((field) => {
    const was = shown(field, before[field], domains);
    const now = shown(field, after[field], domains);
    return was !== null && now !== null && was !== now
      ? [{ field: LABELS[field] ?? field, before: was, after: now }]
      : [];
  });
}
