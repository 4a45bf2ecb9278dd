-- Issue 21: lists and analytics at a thousand websites (bench/scale.bench.ts).

-- The activity page's filter menus read every action and actor of a website: from these alone.
-- CreateIndex
CREATE INDEX "AuditEvent_websiteId_action_idx" ON "AuditEvent"("websiteId", "action");

-- CreateIndex
CREATE INDEX "AuditEvent_websiteId_actorUserId_idx" ON "AuditEvent"("websiteId", "actorUserId");

-- The analytics read a range's visitors from the index alone; it replaces (websiteId, createdAt),
-- its prefix, created first so reads never lack an index.
-- CreateIndex
CREATE INDEX "Event_websiteId_createdAt_visitorId_idx" ON "Event"("websiteId", "createdAt", "visitorId");

-- DropIndex
DROP INDEX "Event_websiteId_createdAt_idx";
