import "server-only";
import { z } from "zod";
import { ALL, PERMISSIONS, ROLES } from "@/lib/access";

// Field shapes the DTO output schemas share. They describe what leaves the server (the OpenAPI
// document's response schemas), so they check types and formats, never input rules.

/** A database id (UUID). */
export const idField = z.uuid();
/** An ISO 8601 instant in UTC, as `Date#toISOString()` writes it. */
export const instantField = z.iso.datetime();
export const roleField = z.enum(ROLES);
export const grantListField = z.array(z.enum([ALL, ...PERMISSIONS]));
/** A `metadata` object as stored: string values only. */
export const metadataField = z.record(z.string(), z.string()).nullable();
/** `{_id, name}` of a person, or null when their account is gone. */
export const personRefField = z.object({ _id: idField, name: z.string() }).nullable();
