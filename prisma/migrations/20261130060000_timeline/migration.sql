-- Archive a finished visit (visits list filter).
ALTER TABLE "Visit" ADD COLUMN "archivedAt" TIMESTAMPTZ(3);
