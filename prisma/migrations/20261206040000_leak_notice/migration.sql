-- AlterTable
ALTER TABLE "AccountToken" ADD COLUMN     "leakUrl" TEXT;

-- AlterTable
ALTER TABLE "WebsiteKey" ADD COLUMN     "leakUrl" TEXT;
