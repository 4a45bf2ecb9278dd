-- IP allow-lists on tokens and keys (issue 20 point 5): empty (any address) for every existing credential.
-- AlterTable
ALTER TABLE "AccountToken" ADD COLUMN     "allowedIps" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "WebsiteKey" ADD COLUMN     "allowedIps" TEXT[] DEFAULT ARRAY[]::TEXT[];
