-- The rolled-away secret's last use, apart from the credential's (issue 17): unknown (null) for
-- rolls made before this migration.
-- AlterTable
ALTER TABLE "AccountToken" ADD COLUMN     "previousLastUsedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "WebsiteKey" ADD COLUMN     "previousLastUsedAt" TIMESTAMPTZ(3);
