-- An expired token is audited once, the first time its secret is presented after expiry
-- (lib/credentials/record-expiry.ts). The index makes "once" hold across app instances and
-- makes the "already recorded?" lookup an index probe. Prisma's schema cannot express it.
CREATE UNIQUE INDEX "AuditEvent_token_expire_once" ON "AuditEvent"("targetId") WHERE "action" = 'token.expire';

-- TRUNCATE fires no row trigger: refuse it as well, so no statement empties the trail (S73).
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
