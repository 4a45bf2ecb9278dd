-- CreateEnum
CREATE TYPE "AlertMetric" AS ENUM ('visitors', 'revenue', 'conversions', 'goal');

-- CreateEnum
CREATE TYPE "AlertComparison" AS ENUM ('above', 'below');

-- CreateEnum
CREATE TYPE "AlertChannel" AS ENUM ('email');

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "websiteId" UUID NOT NULL,
    "visitorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "metadata" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "websiteId" UUID NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "visitorId" TEXT,
    "email" TEXT,
    "customerId" TEXT,
    "renewal" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Identity" (
    "id" UUID NOT NULL,
    "websiteId" UUID NOT NULL,
    "visitorId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "metadata" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Identity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Funnel" (
    "id" UUID NOT NULL,
    "websiteId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "steps" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Funnel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" UUID NOT NULL,
    "websiteId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "metric" "AlertMetric" NOT NULL,
    "goal" TEXT,
    "threshold" DOUBLE PRECISION NOT NULL,
    "comparison" "AlertComparison" NOT NULL,
    "channel" "AlertChannel" NOT NULL DEFAULT 'email',
    "address" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_websiteId_createdAt_idx" ON "Event"("websiteId", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_websiteId_createdAt_idx" ON "Payment"("websiteId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_websiteId_transactionId_key" ON "Payment"("websiteId", "transactionId");

-- CreateIndex
CREATE INDEX "Identity_websiteId_createdAt_idx" ON "Identity"("websiteId", "createdAt");

-- CreateIndex
CREATE INDEX "Identity_websiteId_updatedAt_idx" ON "Identity"("websiteId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Identity_websiteId_visitorId_key" ON "Identity"("websiteId", "visitorId");

-- CreateIndex
CREATE UNIQUE INDEX "Funnel_websiteId_name_key" ON "Funnel"("websiteId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_websiteId_name_key" ON "Alert"("websiteId", "name");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Identity" ADD CONSTRAINT "Identity_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Funnel" ADD CONSTRAINT "Funnel_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the bounds the API validates, held by the database too.

ALTER TABLE "Event" ADD CONSTRAINT "Event_bounds" CHECK (
  char_length("visitorId") BETWEEN 1 AND 255 AND char_length("name") BETWEEN 1 AND 64);

-- Amounts are integer minor units, never negative; currencies are ISO 4217 codes.
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_bounds" CHECK (
  "amountMinor" >= 0 AND "currency" ~ '^[A-Z]{3}$' AND char_length("transactionId") BETWEEN 1 AND 255);

ALTER TABLE "Identity" ADD CONSTRAINT "Identity_bounds" CHECK (
  char_length("visitorId") BETWEEN 1 AND 255 AND char_length("userId") BETWEEN 1 AND 255);

ALTER TABLE "Funnel" ADD CONSTRAINT "Funnel_steps_shape" CHECK (
  jsonb_typeof("steps") = 'array' AND jsonb_array_length("steps") BETWEEN 2 AND 10);

-- A goal alert names its goal, other metrics name none; thresholds are finite (NaN sorts above
-- every number in PostgreSQL, so the upper bound refuses it too).
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_goal_iff_goal_metric" CHECK (("metric" = 'goal') = ("goal" IS NOT NULL));
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_threshold_finite" CHECK ("threshold" >= 0 AND "threshold" <= 1e12);
