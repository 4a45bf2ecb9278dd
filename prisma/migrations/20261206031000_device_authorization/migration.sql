-- CreateEnum
CREATE TYPE "DeviceAuthorizationStatus" AS ENUM ('pending', 'approved', 'denied', 'used');

-- CreateTable
CREATE TABLE "DeviceAuthorization" (
    "id" UUID NOT NULL,
    "deviceCodeDigest" BYTEA NOT NULL,
    "userCodeDigest" BYTEA NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "requestIp" TEXT,
    "requestUserAgent" TEXT,
    "status" "DeviceAuthorizationStatus" NOT NULL DEFAULT 'pending',
    "interval" INTEGER NOT NULL DEFAULT 5,
    "lastPolledAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "userId" UUID,
    "tokenId" UUID,
    "sealedToken" TEXT,

    CONSTRAINT "DeviceAuthorization_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeviceAuthorization_deviceCodeDigest_key" ON "DeviceAuthorization"("deviceCodeDigest");

-- CreateIndex
CREATE UNIQUE INDEX "DeviceAuthorization_userCodeDigest_key" ON "DeviceAuthorization"("userCodeDigest");

-- CreateIndex
CREATE INDEX "DeviceAuthorization_expiresAt_idx" ON "DeviceAuthorization"("expiresAt");

-- CreateIndex
CREATE INDEX "DeviceAuthorization_userId_idx" ON "DeviceAuthorization"("userId");

-- CreateIndex
CREATE INDEX "DeviceAuthorization_tokenId_idx" ON "DeviceAuthorization"("tokenId");

-- AddForeignKey
ALTER TABLE "DeviceAuthorization" ADD CONSTRAINT "DeviceAuthorization_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeviceAuthorization" ADD CONSTRAINT "DeviceAuthorization_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "AccountToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a sealed secret exists only between approval and the one poll that delivers it.
ALTER TABLE "DeviceAuthorization" ADD CONSTRAINT "DeviceAuthorization_sealed_only_when_approved" CHECK ("sealedToken" IS NULL OR "status" = 'approved');
