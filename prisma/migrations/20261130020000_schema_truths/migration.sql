-- Schema truths (decision 030).

-- 1. Instants are timestamptz. The old columns held UTC wall-clock values, so each is read as UTC.

ALTER TABLE "Visit"
    ALTER COLUMN "createdAt" TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "updatedAt" TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "Delegate"
    ALTER COLUMN "arrivalAt" TYPE TIMESTAMPTZ(3) USING "arrivalAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "departureAt" TYPE TIMESTAMPTZ(3) USING "departureAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "linkIssuedAt" TYPE TIMESTAMPTZ(3) USING "linkIssuedAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "createdAt" TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "updatedAt" TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "HostOrganisation"
    ALTER COLUMN "createdAt" TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "updatedAt" TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "HostContact"
    ALTER COLUMN "createdAt" TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "updatedAt" TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "Venue"
    ALTER COLUMN "createdAt" TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "updatedAt" TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "TimeSlot"
    ALTER COLUMN "startsAt" TYPE TIMESTAMPTZ(3) USING "startsAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "endsAt" TYPE TIMESTAMPTZ(3) USING "endsAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "createdAt" TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "updatedAt" TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "Publication"
    ALTER COLUMN "publishedAt" TYPE TIMESTAMPTZ(3) USING "publishedAt" AT TIME ZONE 'UTC';

ALTER TABLE "StaffUser"
    ALTER COLUMN "inviteExpiresAt" TYPE TIMESTAMPTZ(3) USING "inviteExpiresAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "createdAt" TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
    ALTER COLUMN "updatedAt" TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "AuditEntry"
    ALTER COLUMN "at" TYPE TIMESTAMPTZ(3) USING "at" AT TIME ZONE 'UTC';

ALTER TABLE "LoginThrottle"
    ALTER COLUMN "lastFailure" TYPE TIMESTAMPTZ(3) USING "lastFailure" AT TIME ZONE 'UTC';

-- 2. A visit's history outlives the visit: no foreign key, the id stays as written.
ALTER TABLE "AuditEntry" DROP CONSTRAINT "AuditEntry_visitId_fkey";

-- 3. Visit.status was never read: whether a visit is published is its publications.
ALTER TABLE "Visit" DROP COLUMN "status";
DROP TYPE "VisitStatus";
