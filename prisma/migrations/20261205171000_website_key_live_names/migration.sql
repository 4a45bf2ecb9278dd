-- A website's live keys have distinct names, ignoring case. Existing duplicates are renamed
-- first, without losing the name: the oldest keeps it, the others get " (2)", " (3)"… (the first
-- number free), shortened to fit 64 characters.
DO $$
DECLARE
  dup record;
  n integer;
  candidate text;
BEGIN
  FOR dup IN
    SELECT id, "websiteId", name
    FROM (
      SELECT k.id, k."websiteId", k.name, k."createdAt",
        row_number() OVER (PARTITION BY k."websiteId", lower(k.name) ORDER BY k."createdAt", k.id) AS rank
      FROM "WebsiteKey" k
      WHERE k."revokedAt" IS NULL
    ) ranked
    WHERE rank > 1
    ORDER BY "createdAt", id
  LOOP
    n := 2;
    LOOP
      candidate := left(dup.name, 64 - length(' (' || n || ')')) || ' (' || n || ')';
      EXIT WHEN NOT EXISTS (
        SELECT 1 FROM "WebsiteKey"
        WHERE "websiteId" = dup."websiteId" AND "revokedAt" IS NULL AND lower(name) = lower(candidate)
      );
      n := n + 1;
    END LOOP;
    UPDATE "WebsiteKey" SET name = candidate WHERE id = dup.id;
  END LOOP;
END $$;

CREATE UNIQUE INDEX "WebsiteKey_live_name" ON "WebsiteKey"("websiteId", lower("name")) WHERE "revokedAt" IS NULL;
