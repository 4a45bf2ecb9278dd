-- CreateTable
CREATE TABLE "VisitorMonth" (
    "websiteId" UUID NOT NULL,
    "visitorId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "days" INTEGER NOT NULL,
    "slots" varbit NOT NULL,

    CONSTRAINT "VisitorMonth_pkey" PRIMARY KEY ("websiteId","month","visitorId")
);

-- CreateTable
CREATE TABLE "GoalSlot" (
    "websiteId" UUID NOT NULL,
    "slot" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "GoalSlot_pkey" PRIMARY KEY ("websiteId","slot")
);

-- AddForeignKey
ALTER TABLE "VisitorMonth" ADD CONSTRAINT "VisitorMonth_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalSlot" ADD CONSTRAINT "GoalSlot_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the rollups are kept by the database, so every writer of Event keeps them right.

-- Where an instant falls in `tz`: its local month, that month's first instant, and its day and
-- 15-minute slot within the month. Slots are aligned on UTC quarter hours: every time zone's
-- offset is a whole number of quarter hours.
CREATE FUNCTION "keyward_presence"(at TIMESTAMPTZ, tz TEXT)
RETURNS TABLE (month DATE, day_bit INTEGER, slot_bits VARBIT)
LANGUAGE sql STABLE AS $$
  SELECT local_month::date,
    1 << (extract(day FROM at AT TIME ZONE tz)::int - 1),
    set_bit(repeat('0', 2980)::varbit, floor(extract(epoch FROM at - (local_month AT TIME ZONE tz)) / 900)::int, 1)
  FROM (SELECT date_trunc('month', at AT TIME ZONE tz) AS local_month) AS m
$$;

-- A month's slots [first, last) set, the others clear.
CREATE FUNCTION "keyward_slot_mask"(first INTEGER, last INTEGER)
RETURNS VARBIT LANGUAGE sql IMMUTABLE AS $$
  SELECT (repeat('0', greatest(first, 0)) || repeat('1', greatest(least(last, 2980) - greatest(first, 0), 0))
    || repeat('0', 2980 - greatest(least(last, 2980), greatest(first, 0))))::varbit
$$;

CREATE FUNCTION "keyward_rollup_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "VisitorMonth" ("websiteId", "visitorId", month, days, slots)
    SELECT e."websiteId", e."visitorId", p.month, bit_or(p.day_bit), bit_or(p.slot_bits)
    FROM added AS e JOIN "Website" AS w ON w.id = e."websiteId"
      CROSS JOIN LATERAL "keyward_presence"(e."createdAt", w.timezone) AS p
    GROUP BY 1, 2, 3
  ON CONFLICT ("websiteId", month, "visitorId") DO UPDATE
    SET days = "VisitorMonth".days | EXCLUDED.days, slots = "VisitorMonth".slots | EXCLUDED.slots;
  INSERT INTO "GoalSlot" ("websiteId", slot, count)
    SELECT "websiteId", to_timestamp(floor(extract(epoch FROM "createdAt") / 900) * 900), count(*)
    FROM added GROUP BY 1, 2
  ON CONFLICT ("websiteId", slot) DO UPDATE SET count = "GoalSlot".count + EXCLUDED.count;
  RETURN NULL;
END $$;

CREATE TRIGGER "Event_rollup" AFTER INSERT ON "Event"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "keyward_rollup_events"();

-- Local months and days move with the website's time zone: its visitor months are rebuilt.
CREATE FUNCTION "keyward_rebuild_visitor_months"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "VisitorMonth" WHERE "websiteId" = NEW.id;
  INSERT INTO "VisitorMonth" ("websiteId", "visitorId", month, days, slots)
    SELECT e."websiteId", e."visitorId", p.month, bit_or(p.day_bit), bit_or(p.slot_bits)
    FROM "Event" AS e CROSS JOIN LATERAL "keyward_presence"(e."createdAt", NEW.timezone) AS p
    WHERE e."websiteId" = NEW.id
    GROUP BY 1, 2, 3;
  RETURN NULL;
END $$;

CREATE TRIGGER "Website_timezone_rollup" AFTER UPDATE OF timezone ON "Website"
  FOR EACH ROW WHEN (OLD.timezone IS DISTINCT FROM NEW.timezone)
  EXECUTE FUNCTION "keyward_rebuild_visitor_months"();

-- Backfill from the events recorded so far.
INSERT INTO "VisitorMonth" ("websiteId", "visitorId", month, days, slots)
  SELECT e."websiteId", e."visitorId", p.month, bit_or(p.day_bit), bit_or(p.slot_bits)
  FROM "Event" AS e JOIN "Website" AS w ON w.id = e."websiteId"
    CROSS JOIN LATERAL "keyward_presence"(e."createdAt", w.timezone) AS p
  GROUP BY 1, 2, 3;
INSERT INTO "GoalSlot" ("websiteId", slot, count)
  SELECT "websiteId", to_timestamp(floor(extract(epoch FROM "createdAt") / 900) * 900), count(*)
  FROM "Event" GROUP BY 1, 2;
