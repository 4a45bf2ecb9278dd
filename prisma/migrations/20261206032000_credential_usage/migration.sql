-- CreateTable
CREATE TABLE "CredentialUsage" (
    "credentialId" UUID NOT NULL,
    "secret" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "websiteId" TEXT NOT NULL,
    "statusClass" SMALLINT NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CredentialUsage_pkey" PRIMARY KEY ("credentialId","secret","operation","websiteId","statusClass","hour")
);

-- CreateTable
CREATE TABLE "CredentialClientIp" (
    "credentialId" UUID NOT NULL,
    "ip" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CredentialClientIp_pkey" PRIMARY KEY ("credentialId","ip")
);

-- CreateTable
CREATE TABLE "CredentialRefusal" (
    "id" UUID NOT NULL,
    "credentialId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "status" SMALLINT NOT NULL,
    "operation" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "ip" TEXT,

    CONSTRAINT "CredentialRefusal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CredentialUsage_credentialId_hour_idx" ON "CredentialUsage"("credentialId", "hour");

-- CreateIndex
CREATE INDEX "CredentialClientIp_credentialId_lastSeenAt_idx" ON "CredentialClientIp"("credentialId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "CredentialRefusal_credentialId_at_idx" ON "CredentialRefusal"("credentialId", "at");
