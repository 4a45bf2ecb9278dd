import "server-only";
import type { AuditEvent } from "@/lib/db/generated/client";
import { activityChanges, type ActivityChange } from "./activity-changes";

/**
 * Every field of an audit event that may leave the server. Metadata never leaves whole: the
 * mapper picks a short target label from it (a name, a display key, an email, a domain).
 */
export type ActivityDto = {
  _id: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  action: string;
  actor: {
    /** The person; null for a website key, or when their account is gone. */
    _id: string | null;
    name: string | null;
    email: string | null;
    /** "session", or the display form of the secret that acted. */
    credential: string;
  };
  target: { type: string | null; _id: string | null; label: string | null };
  /** The website the act concerned; the domain only when the reader may see that website. */
  website: { _id: string; domain: string | null } | null;
  ip: string | null;
  userAgent: string | null;
  /**
   * For acts on a token or key: the credential that minted it (on create), and why it changed
   * when the act followed another (a cascaded revoke, a clamp: "parent revoked", "member removed"…).
   */
  lineage: { parentId: string | null; cause: string | null; cascadeFrom: string | null } | null;
  /** For an edit or a rename: each field that changed, before and after. */
  changes: ActivityChange[];
};

export type ActivityPerson = { id: string; name: string; email: string };

/** What the mapper may look up: people by id, and the domains the reader may see. */
export type ActivityLookups = {
  people: ReadonlyMap<string, ActivityPerson>;
  domains: ReadonlyMap<string, string>;
};

function text(metadata: unknown, field: string): string | null {
  if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) return null;
  const value = (metadata as Record<string, unknown>)[field];
  return typeof value === "string" ? value.slice(0, 200) : null;
}

function cascadeSource(metadata: unknown): string | null {
  if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) return null;
  return text((metadata as Record<string, unknown>).cascadeFrom, "_id");
}

function lineageOf(row: AuditEvent): ActivityDto["lineage"] {
  if (row.targetType !== "website-key" && row.targetType !== "account-token") return null;
  return {
    parentId: text(row.metadata, "parentId"),
    cause: text(row.metadata, "cause"),
    cascadeFrom: cascadeSource(row.metadata),
  };
}

function targetLabel(row: AuditEvent, lookups: ActivityLookups): string | null {
  const { metadata } = row;
  switch (row.targetType) {
    case "website-key":
    case "account-token": {
      const name = text(metadata, "name");
      const key = text(metadata, "displayKey");
      return name && key ? `${name} (${key})` : (name ?? key);
    }
    case "user": {
      const person = row.targetId ? lookups.people.get(row.targetId) : undefined;
      return person ? `${person.name} (${person.email})` : "A former user";
    }
    case "invitation":
      return text(metadata, "email");
    case "website":
      return (
        text(metadata, "domain") ?? (row.websiteId ? (lookups.domains.get(row.websiteId) ?? null) : null)
      );
    case "operation":
      return row.targetId;
    default:
      return text(metadata, "name");
  }
}

export function toActivityDto(row: AuditEvent, lookups: ActivityLookups): ActivityDto {
  const person = row.actorUserId ? lookups.people.get(row.actorUserId) : undefined;
  return {
    _id: row.id,
    createdAt: row.createdAt.toISOString(),
    action: row.action,
    actor: {
      _id: row.actorUserId,
      name: person?.name ?? null,
      email: person?.email ?? null,
      credential: row.credential,
    },
    target: { type: row.targetType, _id: row.targetId, label: targetLabel(row, lookups) },
    website: row.websiteId
      ? { _id: row.websiteId, domain: lookups.domains.get(row.websiteId) ?? null }
      : null,
    ip: row.ip,
    userAgent: row.userAgent,
    lineage: lineageOf(row),
    changes: activityChanges(row.metadata, lookups.domains),
  };
}
