-- Per-website token policy (issue 20 point 7): no row means no policy, so existing websites keep today's behaviour.
-- CreateTable
CREATE TABLE "WebsiteTokenPolicy" (
    "websiteId" UUID NOT NULL,
    "maxLifetimeDays" INTEGER,
    "mustExpire" BOOLEAN NOT NULL DEFAULT false,
    "allowAllWebsites" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebsiteTokenPolicy_pkey" PRIMARY KEY ("websiteId")
);

-- AddForeignKey
ALTER TABLE "WebsiteTokenPolicy" ADD CONSTRAINT "WebsiteTokenPolicy_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;
