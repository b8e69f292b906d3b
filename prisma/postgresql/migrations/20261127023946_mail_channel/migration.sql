-- CreateTable
CREATE TABLE "InboundMessage" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "firstOfKey" TEXT,
    "duplicateOfId" TEXT,
    "messageId" TEXT,
    "contentHash" TEXT NOT NULL,
    "internalDate" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "decision" TEXT,
    "reason" TEXT,
    "caseId" TEXT,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "InboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundAttachment" (
    "id" TEXT NOT NULL,
    "inboundMessageId" TEXT NOT NULL,
    "caseId" TEXT,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA,
    "refusedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InboundAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailSuppression" (
    "address" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailSuppression_pkey" PRIMARY KEY ("address")
);

-- CreateTable
CREATE TABLE "WorkerLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkerLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "InboundMessage_source_key" ON "InboundMessage"("source");

-- CreateIndex
CREATE UNIQUE INDEX "InboundMessage_firstOfKey_key" ON "InboundMessage"("firstOfKey");

-- CreateIndex
CREATE INDEX "InboundMessage_dedupeKey_idx" ON "InboundMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "InboundMessage_messageId_idx" ON "InboundMessage"("messageId");

-- CreateIndex
CREATE INDEX "InboundMessage_caseId_idx" ON "InboundMessage"("caseId");

-- CreateIndex
CREATE INDEX "InboundAttachment_inboundMessageId_idx" ON "InboundAttachment"("inboundMessageId");

-- CreateIndex
CREATE INDEX "InboundAttachment_caseId_idx" ON "InboundAttachment"("caseId");

-- AddForeignKey
ALTER TABLE "InboundAttachment" ADD CONSTRAINT "InboundAttachment_inboundMessageId_fkey" FOREIGN KEY ("inboundMessageId") REFERENCES "InboundMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

