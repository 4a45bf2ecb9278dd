import "server-only";
import { randomUUID } from "node:crypto";
import { directQuery } from "@/lib/db";
import { MAX_IPS_PER_CREDENTIAL, MAX_REFUSALS_PER_CREDENTIAL, type UsageBatch } from "./aggregator";

// One statement per table and batch (unnest of parallel arrays). Counts ADD to what is stored,
// so several instances, and an instance before and after a restart, add up instead of
// overwriting each other. Address and refusal lists are trimmed to their bound after each write.

const ADD_COUNTS = `
  INSERT INTO "CredentialUsage" ("credentialId", secret, operation, "websiteId", "statusClass", hour, count)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::smallint[], $6::timestamptz[], $7::int[])
  ON CONFLICT ("credentialId", secret, operation, "websiteId", "statusClass", hour)
  DO UPDATE SET count = "CredentialUsage".count + EXCLUDED.count`;

const ADD_IPS = `
  INSERT INTO "CredentialClientIp" ("credentialId", ip, "firstSeenAt", "lastSeenAt", count)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::int[])
  ON CONFLICT ("credentialId", ip) DO UPDATE SET
    "firstSeenAt" = LEAST("CredentialClientIp"."firstSeenAt", EXCLUDED."firstSeenAt"),
    "lastSeenAt" = GREATEST("CredentialClientIp"."lastSeenAt", EXCLUDED."lastSeenAt"),
    count = "CredentialClientIp".count + EXCLUDED.count`;

const TRIM_IPS = `
  DELETE FROM "CredentialClientIp" c USING (
    SELECT "credentialId", ip,
           row_number() OVER (PARTITION BY "credentialId" ORDER BY "lastSeenAt" DESC, ip) AS n
    FROM "CredentialClientIp" WHERE "credentialId" = ANY($1::uuid[])
  ) ranked
  WHERE c."credentialId" = ranked."credentialId" AND c.ip = ranked.ip AND ranked.n > $2`;

const ADD_REFUSALS = `
  INSERT INTO "CredentialRefusal" (id, "credentialId", at, status, operation, reason, ip)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::smallint[], $5::text[], $6::text[], $7::text[])`;

const TRIM_REFUSALS = `
  DELETE FROM "CredentialRefusal" r USING (
    SELECT id, row_number() OVER (PARTITION BY "credentialId" ORDER BY at DESC, id DESC) AS n
    FROM "CredentialRefusal" WHERE "credentialId" = ANY($1::uuid[])
  ) ranked
  WHERE r.id = ranked.id AND ranked.n > $2`;

const iso = (at: Date) => at.toISOString();
const distinct = (ids: string[]) => [...new Set(ids)];

/** Writes one drained batch; it either all lands or throws (the recorder then keeps it). */
export async function writeUsageBatch({ counts, ips, refusals }: UsageBatch): Promise<void> {
  if (counts.length > 0) {
    await directQuery(ADD_COUNTS, [
      counts.map((r) => r.credentialId),
      counts.map((r) => r.secret),
      counts.map((r) => r.operation),
      counts.map((r) => r.websiteId),
      counts.map((r) => r.statusClass),
      counts.map((r) => iso(r.hour)),
      counts.map((r) => r.count),
    ]);
  }
  if (ips.length > 0) {
    await directQuery(ADD_IPS, [
      ips.map((r) => r.credentialId),
      ips.map((r) => r.ip),
      ips.map((r) => iso(r.firstSeenAt)),
      ips.map((r) => iso(r.lastSeenAt)),
      ips.map((r) => r.count),
    ]);
    await directQuery(TRIM_IPS, [distinct(ips.map((r) => r.credentialId)), MAX_IPS_PER_CREDENTIAL]);
  }
  if (refusals.length > 0) {
    await directQuery(ADD_REFUSALS, [
      refusals.map(() => randomUUID()),
      refusals.map((r) => r.credentialId),
      refusals.map((r) => iso(r.at)),
      refusals.map((r) => r.status),
      refusals.map((r) => r.operation),
      refusals.map((r) => r.reason),
      refusals.map((r) => r.ip),
    ]);
    await directQuery(TRIM_REFUSALS, [
      distinct(refusals.map((r) => r.credentialId)),
      MAX_REFUSALS_PER_CREDENTIAL,
    ]);
  }
}
