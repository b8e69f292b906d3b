-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "stage" INTEGER NOT NULL,
    "department" TEXT,
    "service" TEXT,
    "description" TEXT NOT NULL,
    "remedySought" TEXT,
    "eventDate" TEXT,
    "anonymous" BOOLEAN NOT NULL,
    "language" TEXT NOT NULL,
    "preferredContact" TEXT,
    "accessibilityNeeds" TEXT,
    "parish" TEXT,
    "onBehalfOf" TEXT,
    "subjectConsentNeededReason" TEXT,
    "consentStatus" TEXT NOT NULL,
    "formalComplaintConsent" TEXT,
    "outOfScope" TEXT,
    "safeguarding" BOOLEAN NOT NULL,
    "abusive" BOOLEAN NOT NULL,
    "urgent" BOOLEAN NOT NULL,
    "classification" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "clockStartsOn" TEXT,
    "initialResponseDueOn" TEXT NOT NULL,
    "stage1DueOn" TEXT,
    "stage2DueOn" TEXT,
    "stage3DueOn" TEXT,
    "stageStartedOn" TEXT,
    "respondedOn" TEXT,
    "closedAt" DATETIME,
    "closureReason" TEXT,
    "closedAtStage" INTEGER,
    "sourceMessageId" TEXT,
    "recordedBy" TEXT,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "last" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Party" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "relationship" TEXT,
    CONSTRAINT "Party_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "exemption" TEXT,
    "requestedAt" DATETIME,
    "expiresOn" TEXT,
    "receivedAt" DATETIME,
    "note" TEXT,
    CONSTRAINT "Consent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    CONSTRAINT "AuditEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClassificationCorrection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "correctedBy" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "ClassificationCorrection_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Correspondence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "fromParty" TEXT,
    "text" TEXT NOT NULL,
    "messageId" TEXT,
    "at" DATETIME NOT NULL,
    CONSTRAINT "Correspondence_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "toAddress" TEXT,
    "subject" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "inReplyTo" TEXT,
    "references" TEXT,
    "status" TEXT NOT NULL,
    "skipReason" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "OutboxMessage_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");

-- CreateIndex
CREATE INDEX "Case_status_stage_idx" ON "Case"("status", "stage");

-- CreateIndex
CREATE INDEX "Case_receivedAt_idx" ON "Case"("receivedAt");

-- CreateIndex
CREATE INDEX "Case_type_department_idx" ON "Case"("type", "department");

-- CreateIndex
CREATE INDEX "Case_sourceMessageId_idx" ON "Case"("sourceMessageId");

-- CreateIndex
CREATE INDEX "Party_caseId_idx" ON "Party"("caseId");

-- CreateIndex
CREATE INDEX "Party_email_idx" ON "Party"("email");

-- CreateIndex
CREATE INDEX "Consent_caseId_idx" ON "Consent"("caseId");

-- CreateIndex
CREATE INDEX "AuditEvent_caseId_at_idx" ON "AuditEvent"("caseId", "at");

-- CreateIndex
CREATE INDEX "ClassificationCorrection_caseId_idx" ON "ClassificationCorrection"("caseId");

-- CreateIndex
CREATE INDEX "Correspondence_caseId_at_idx" ON "Correspondence"("caseId", "at");

-- CreateIndex
CREATE INDEX "Correspondence_messageId_idx" ON "Correspondence"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_messageId_key" ON "OutboxMessage"("messageId");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_caseId_idx" ON "OutboxMessage"("caseId");

-- CreateIndex
CREATE INDEX "OutboxMessage_toAddress_createdAt_idx" ON "OutboxMessage"("toAddress", "createdAt");

