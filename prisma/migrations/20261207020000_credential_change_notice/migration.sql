-- Hand-written: every committed change to what a secret's lookup reads (lib/credentials/verify.ts)
-- is announced on the channel "keyward_credentials", so a process holding verified lookups
-- (lib/credentials/lookup-cache.ts) drops them. Notifications are sent at commit and, within
-- one transaction, folded into one. A use recorded on a credential (its last use and address)
-- changes nothing a lookup decides, so it is not announced.
CREATE FUNCTION "keyward_credentials_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('keyward_credentials', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "AccountToken_changed" AFTER INSERT OR DELETE OR TRUNCATE ON "AccountToken"
  FOR EACH STATEMENT EXECUTE FUNCTION "keyward_credentials_changed"();
CREATE TRIGGER "AccountToken_updated" AFTER UPDATE ON "AccountToken"
  FOR EACH ROW WHEN (
    (to_jsonb(OLD) - 'lastUsedAt' - 'lastUsedIp' - 'previousLastUsedAt')
      IS DISTINCT FROM (to_jsonb(NEW) - 'lastUsedAt' - 'lastUsedIp' - 'previousLastUsedAt'))
  EXECUTE FUNCTION "keyward_credentials_changed"();

CREATE TRIGGER "WebsiteKey_changed" AFTER INSERT OR DELETE OR TRUNCATE ON "WebsiteKey"
  FOR EACH STATEMENT EXECUTE FUNCTION "keyward_credentials_changed"();
CREATE TRIGGER "WebsiteKey_updated" AFTER UPDATE ON "WebsiteKey"
  FOR EACH ROW WHEN (
    (to_jsonb(OLD) - 'lastUsedAt' - 'lastUsedIp' - 'previousLastUsedAt')
      IS DISTINCT FROM (to_jsonb(NEW) - 'lastUsedAt' - 'lastUsedIp' - 'previousLastUsedAt'))
  EXECUTE FUNCTION "keyward_credentials_changed"();

CREATE TRIGGER "AccountTokenWebsite_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AccountTokenWebsite"
  FOR EACH STATEMENT EXECUTE FUNCTION "keyward_credentials_changed"();

CREATE TRIGGER "Membership_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Membership"
  FOR EACH STATEMENT EXECUTE FUNCTION "keyward_credentials_changed"();
