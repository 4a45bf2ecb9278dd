-- DropIndex
DROP INDEX "Funnel_websiteId_name_key";

-- AlterTable
-- (generated as "slug" TEXT NOT NULL; added nullable here, backfilled below, then made NOT NULL)
ALTER TABLE "Funnel" ADD COLUMN     "isActive" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "slug" TEXT;

-- CreateIndex
CREATE INDEX "Funnel_websiteId_idx" ON "Funnel"("websiteId");

-- Hand-written: existing funnels carried over to DataFast's shape, nothing lost.

-- Steps were Keyward's {name, goal} (goals as POST /goals records them): each becomes
-- {id, name, type: "goal", goalName: goal}, in the same order. Any other key a step had is kept;
-- a step that already has a type only gets an id when it lacks one. Funnels of 9 or 10 steps keep
-- them all (only creates and updates are limited to 8), so the CHECK on 2–10 stays as it is.
UPDATE "Funnel" f SET "steps" = (
  SELECT jsonb_agg(
    CASE
      WHEN s.step ? 'type' THEN jsonb_build_object('id', gen_random_uuid()::text) || s.step
      ELSE (s.step - 'goal')
        || jsonb_build_object('id', gen_random_uuid()::text, 'type', 'goal', 'goalName', s.step -> 'goal')
    END
    ORDER BY s.position)
  FROM jsonb_array_elements(f."steps") WITH ORDINALITY AS s(step, position)
);

-- Slugs: the name lower-cased, each run of other characters than a-z 0-9 as one "-", none at
-- either end ("funnel" when nothing is left), as lib/funnels/slug.ts computes them; a slug already
-- taken on the website gets "-2", "-3"… (the first one free), oldest funnel first.
DO $$
DECLARE
  funnel record;
  base text;
  candidate text;
  n integer;
BEGIN
  FOR funnel IN SELECT id, "websiteId", name FROM "Funnel" ORDER BY "createdAt", id
  LOOP
    base := trim(BOTH '-' FROM regexp_replace(lower(funnel.name), '[^a-z0-9]+', '-', 'g'));
    IF base = '' THEN
      base := 'funnel';
    END IF;
    candidate := base;
    n := 1;
    WHILE EXISTS (SELECT 1 FROM "Funnel" WHERE "websiteId" = funnel."websiteId" AND slug = candidate)
    LOOP
      n := n + 1;
      candidate := base || '-' || n;
    END LOOP;
    UPDATE "Funnel" SET slug = candidate WHERE id = funnel.id;
  END LOOP;
END $$;

ALTER TABLE "Funnel" ALTER COLUMN "slug" SET NOT NULL;

-- Names and slugs are unique among a website's active funnels: a deleted (inactive) funnel's
-- name and slug may be used again.
CREATE UNIQUE INDEX "Funnel_active_name" ON "Funnel"("websiteId", "name") WHERE "isActive";
CREATE UNIQUE INDEX "Funnel_active_slug" ON "Funnel"("websiteId", "slug") WHERE "isActive";
