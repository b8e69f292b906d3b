-- CreateTable
CREATE TABLE "InboundMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "firstOfKey" TEXT,
    "duplicateOfId" TEXT,
    "messageId" TEXT,
    "contentHash" TEXT NOT NULL,
    "internalDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "decision" TEXT,
    "reason" TEXT,
    "caseId" TEXT,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "processedAt" DATETIME
);

-- CreateTable
CREATE TABLE "InboundAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "inboundMessageId" TEXT NOT NULL,
    "caseId" TEXT,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BLOB,
    "refusedReason" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "InboundAttachment_inboundMessageId_fkey" FOREIGN KEY ("inboundMessageId") REFERENCES "InboundMessage" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MailSuppression" (
    "address" TEXT NOT NULL PRIMARY KEY,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WorkerLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
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

