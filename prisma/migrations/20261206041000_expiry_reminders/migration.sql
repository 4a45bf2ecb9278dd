-- CreateEnum
CREATE TYPE "ExpiryReminderKind" AS ENUM ('days_7', 'days_1', 'expired');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "expiryRemindersOff" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ExpiryReminder" (
    "id" UUID NOT NULL,
    "tokenId" UUID NOT NULL,
    "kind" "ExpiryReminderKind" NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "emailed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpiryReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExpiryReminder_tokenId_kind_expiresAt_key" ON "ExpiryReminder"("tokenId", "kind", "expiresAt");

-- AddForeignKey
ALTER TABLE "ExpiryReminder" ADD CONSTRAINT "ExpiryReminder_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "AccountToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;
