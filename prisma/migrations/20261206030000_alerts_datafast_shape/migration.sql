-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('goal', 'threshold');

-- CreateEnum
CREATE TYPE "AlertLogStatus" AS ENUM ('sent', 'failed');

-- AlterTable
-- (generated with DEFAULT 'goal'; added with DEFAULT 'threshold' here so that every existing alert,
-- a metric threshold, keeps its kind, then the default becomes 'goal' for new rows)
ALTER TABLE "Alert" ADD COLUMN     "goalName" TEXT,
ADD COLUMN     "kind" "AlertKind" NOT NULL DEFAULT 'threshold',
ADD COLUMN     "message" TEXT,
ADD COLUMN     "subject" TEXT,
ALTER COLUMN "metric" DROP NOT NULL,
ALTER COLUMN "threshold" DROP NOT NULL,
ALTER COLUMN "comparison" DROP NOT NULL,
ALTER COLUMN "address" DROP NOT NULL;

ALTER TABLE "Alert" ALTER COLUMN "kind" SET DEFAULT 'goal';

-- CreateTable
CREATE TABLE "AlertLog" (
    "id" UUID NOT NULL,
    "alertId" UUID NOT NULL,
    "websiteId" UUID NOT NULL,
    "goalName" TEXT NOT NULL,
    "status" "AlertLogStatus" NOT NULL,
    "error" TEXT,
    "visitorId" TEXT,
    "triggeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AlertLog_websiteId_triggeredAt_idx" ON "AlertLog"("websiteId", "triggeredAt");

-- CreateIndex
CREATE INDEX "AlertLog_alertId_triggeredAt_idx" ON "AlertLog"("alertId", "triggeredAt");

-- CreateIndex
CREATE INDEX "Alert_websiteId_goalName_idx" ON "Alert"("websiteId", "goalName");

-- AddForeignKey
ALTER TABLE "AlertLog" ADD CONSTRAINT "AlertLog_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: each kind holds its own columns. A goal alert (DataFast's) watches goalName and
-- emails message; a threshold alert (Keyward's older alerts, carried over unchanged) keeps its
-- metric, threshold, comparison and address.
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_kind_columns" CHECK (
  ("kind" = 'goal' AND "goalName" IS NOT NULL AND "message" IS NOT NULL
    AND "metric" IS NULL AND "goal" IS NULL AND "threshold" IS NULL AND "comparison" IS NULL)
  OR ("kind" = 'threshold' AND "metric" IS NOT NULL AND "threshold" IS NOT NULL
    AND "comparison" IS NOT NULL AND "address" IS NOT NULL)
);
