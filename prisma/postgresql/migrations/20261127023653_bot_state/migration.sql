-- CreateTable
CREATE TABLE "BotState" (
    "key" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "eTag" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BotState_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "BotState_expiresAt_idx" ON "BotState"("expiresAt");

