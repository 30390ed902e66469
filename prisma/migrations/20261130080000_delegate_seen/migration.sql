-- A visit's contact for delegates whose link was switched off, and the hashes of such links.
ALTER TABLE "Visit" ADD COLUMN "contactName" TEXT NOT NULL DEFAULT '',
ADD COLUMN "contactPhone" TEXT NOT NULL DEFAULT '',
ADD COLUMN "contactEmail" TEXT NOT NULL DEFAULT '';

CREATE TABLE "RevokedLink" (
    "tokenHash" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "revokedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevokedLink_pkey" PRIMARY KEY ("tokenHash")
);

CREATE INDEX "RevokedLink_visitId_idx" ON "RevokedLink"("visitId");

ALTER TABLE "RevokedLink" ADD CONSTRAINT "RevokedLink_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
