-- Outbox: e-mails written in the same transaction as their cause, sent by the pg-boss worker.
CREATE TYPE "OutboxStatus" AS ENUM ('QUEUED', 'SENT', 'RETRYING', 'FAILED', 'NO_ADDRESS');

ALTER TABLE "Visit" ADD COLUMN "remindersOn" BOOLEAN NOT NULL DEFAULT true;

CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "visitId" TEXT,
    "recipientKey" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "recipientName" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "kind" TEXT NOT NULL,
    "cause" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "OutboxMessage_recipientKey_cause_key" ON "OutboxMessage"("recipientKey", "cause");
CREATE INDEX "OutboxMessage_visitId_createdAt_idx" ON "OutboxMessage"("visitId", "createdAt");

ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
