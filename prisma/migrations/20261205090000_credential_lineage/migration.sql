-- Credential lineage (issue 14): every token and key records the person it acts for and the
-- credential that minted it. Columns and indexes from prisma-sql-diff, then hand-written SQL.

-- AlterTable
ALTER TABLE "AccountToken" ADD COLUMN     "parentTokenId" UUID;

-- AlterTable
ALTER TABLE "WebsiteKey" ADD COLUMN     "expiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "flaggedAt" TIMESTAMPTZ(3),
ADD COLUMN     "parentKeyId" UUID,
ADD COLUMN     "parentTokenId" UUID;

-- CreateIndex
CREATE INDEX "AccountToken_parentTokenId_idx" ON "AccountToken"("parentTokenId");

-- CreateIndex
CREATE INDEX "WebsiteKey_createdById_idx" ON "WebsiteKey"("createdById");

-- CreateIndex
CREATE INDEX "WebsiteKey_parentKeyId_idx" ON "WebsiteKey"("parentKeyId");

-- CreateIndex
CREATE INDEX "WebsiteKey_parentTokenId_idx" ON "WebsiteKey"("parentTokenId");

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_parentTokenId_fkey" FOREIGN KEY ("parentTokenId") REFERENCES "AccountToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebsiteKey" ADD CONSTRAINT "WebsiteKey_parentKeyId_fkey" FOREIGN KEY ("parentKeyId") REFERENCES "WebsiteKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebsiteKey" ADD CONSTRAINT "WebsiteKey_parentTokenId_fkey" FOREIGN KEY ("parentTokenId") REFERENCES "AccountToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A key has at most one parent: the key or the token that minted it.
ALTER TABLE "WebsiteKey" ADD CONSTRAINT "WebsiteKey_one_parent"
  CHECK ("parentKeyId" IS NULL OR "parentTokenId" IS NULL);

-- An expired key is audited once, as tokens are (20261124000200_audit_expiry_once).
CREATE UNIQUE INDEX "AuditEvent_key_expire_once" ON "AuditEvent"("targetId") WHERE "action" = 'website-key.expire';

-- Backfill, creator where known. Tokens always knew their person (userId). A key minted by a key
-- was stored without one: its create event names the minting key by the display form it had
-- then (the `credential` column, with no actor), on the same website. Where exactly one key of
-- that website ever showed that form (its current one or one from its roll events), the minted
-- key takes that key's person. Repeated until nothing changes, so chains resolve from the top.
-- Parents stay null (unknown): a guessed parent could put a key in someone else's subtree.
DO $$
DECLARE
  changed integer;
BEGIN
  LOOP
    WITH forms AS (
      SELECT k.id, k."websiteId", k."createdById", k."displayKey" AS form FROM "WebsiteKey" k
      UNION
      SELECT k.id, k."websiteId", k."createdById", e.metadata ->> f.name
      FROM "WebsiteKey" k
      JOIN "AuditEvent" e ON e."targetId" = k.id::text AND e.action = 'website-key.roll'
      CROSS JOIN (VALUES ('displayKey'), ('previousDisplayKey')) AS f(name)
    ), minted AS (
      SELECT c.id, count(DISTINCT p.id) AS parents, min(p."createdById"::text) AS person
      FROM "WebsiteKey" c
      JOIN "AuditEvent" e ON e.action = 'website-key.create' AND e."targetId" = c.id::text
        AND e."actorUserId" IS NULL AND e.credential <> 'session'
      JOIN forms p ON p.form = e.credential AND p."websiteId" = c."websiteId" AND p.id <> c.id
      WHERE c."createdById" IS NULL
      GROUP BY c.id
    )
    UPDATE "WebsiteKey" k SET "createdById" = m.person::uuid
    FROM minted m
    WHERE k.id = m.id AND m.parents = 1 AND m.person IS NOT NULL;
    GET DIAGNOSTICS changed = ROW_COUNT;
    EXIT WHEN changed = 0;
  END LOOP;
END $$;

-- Offboarding: live keys whose known person is no longer a member or owner of the key's website
-- (removed, left, or demoted to viewer before this release) are flagged for the owner now.
UPDATE "WebsiteKey" k SET "flaggedAt" = now()
WHERE k."revokedAt" IS NULL AND k."createdById" IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM "Membership" m
    WHERE m."userId" = k."createdById" AND m."websiteId" = k."websiteId" AND m.role IN ('owner', 'member')
  );
