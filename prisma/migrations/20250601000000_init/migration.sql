-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TravelMode" AS ENUM ('WALK', 'DRIVE');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('en', 'de');

-- CreateEnum
CREATE TYPE "SlotKind" AS ENUM ('MEETING', 'VISIT', 'RECEPTION', 'MEAL', 'TRAVEL', 'EVENT', 'FREE');

-- CreateEnum
CREATE TYPE "AttendanceRole" AS ENUM ('ATTENDEE', 'HOST', 'CHAIR', 'SPEAKER', 'ESCORT');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('ADMIN', 'EDITOR', 'VIEWER');

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "guestCity" TEXT NOT NULL,
    "hostCity" TEXT NOT NULL,
    "firstDay" DATE NOT NULL,
    "lastDay" DATE NOT NULL,
    "timeZone" TEXT NOT NULL,
    "status" "VisitStatus" NOT NULL DEFAULT 'DRAFT',
    "travelMode" "TravelMode" NOT NULL DEFAULT 'WALK',
    "travelSpeedKmh" DOUBLE PRECISION NOT NULL DEFAULT 4.5,
    "detourFactor" DOUBLE PRECISION NOT NULL DEFAULT 1.3,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegate" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "honorific" TEXT NOT NULL DEFAULT '',
    "position" TEXT NOT NULL DEFAULT '',
    "organisation" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "language" "Language" NOT NULL DEFAULT 'en',
    "homeTimeZone" TEXT NOT NULL,
    "arrivalAt" TIMESTAMP(3),
    "departureAt" TIMESTAMP(3),
    "dietaryNeeds" TEXT NOT NULL DEFAULT '',
    "accessNeeds" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "linkTokenHash" TEXT,
    "linkIssuedAt" TIMESTAMP(3),
    "seenSlots" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delegate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostOrganisation" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "website" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HostOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostContact" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HostContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "postcode" TEXT NOT NULL DEFAULT '',
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "accessNotes" TEXT NOT NULL DEFAULT '',
    "openingHours" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TravelOverride" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "fromVenueId" TEXT NOT NULL,
    "toVenueId" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "TravelOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeSlot" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "SlotKind" NOT NULL DEFAULT 'MEETING',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "venueId" TEXT,
    "hostOrganisationId" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "delegateNotes" TEXT NOT NULL DEFAULT '',
    "internalNotes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimeSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "delegateId" TEXT,
    "hostContactId" TEXT,
    "role" "AttendanceRole" NOT NULL DEFAULT 'ATTENDEE',

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL DEFAULT 'VIEWER',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "visitId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailure" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Delegate_linkTokenHash_key" ON "Delegate"("linkTokenHash");

-- CreateIndex
CREATE INDEX "Delegate_visitId_idx" ON "Delegate"("visitId");

-- CreateIndex
CREATE INDEX "HostOrganisation_visitId_idx" ON "HostOrganisation"("visitId");

-- CreateIndex
CREATE INDEX "HostContact_organisationId_idx" ON "HostContact"("organisationId");

-- CreateIndex
CREATE INDEX "Venue_visitId_idx" ON "Venue"("visitId");

-- CreateIndex
CREATE INDEX "TravelOverride_visitId_idx" ON "TravelOverride"("visitId");

-- CreateIndex
CREATE UNIQUE INDEX "TravelOverride_fromVenueId_toVenueId_key" ON "TravelOverride"("fromVenueId", "toVenueId");

-- CreateIndex
CREATE INDEX "TimeSlot_visitId_startsAt_idx" ON "TimeSlot"("visitId", "startsAt");

-- CreateIndex
CREATE INDEX "Attendance_delegateId_idx" ON "Attendance"("delegateId");

-- CreateIndex
CREATE INDEX "Attendance_hostContactId_idx" ON "Attendance"("hostContactId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_slotId_delegateId_key" ON "Attendance"("slotId", "delegateId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_slotId_hostContactId_key" ON "Attendance"("slotId", "hostContactId");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_visitId_version_key" ON "Publication"("visitId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "AuditEntry_visitId_at_idx" ON "AuditEntry"("visitId", "at");

-- AddForeignKey
ALTER TABLE "Delegate" ADD CONSTRAINT "Delegate_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostOrganisation" ADD CONSTRAINT "HostOrganisation_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostContact" ADD CONSTRAINT "HostContact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "HostOrganisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TravelOverride" ADD CONSTRAINT "TravelOverride_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TravelOverride" ADD CONSTRAINT "TravelOverride_fromVenueId_fkey" FOREIGN KEY ("fromVenueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TravelOverride" ADD CONSTRAINT "TravelOverride_toVenueId_fkey" FOREIGN KEY ("toVenueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeSlot" ADD CONSTRAINT "TimeSlot_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeSlot" ADD CONSTRAINT "TimeSlot_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeSlot" ADD CONSTRAINT "TimeSlot_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "HostOrganisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "TimeSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_delegateId_fkey" FOREIGN KEY ("delegateId") REFERENCES "Delegate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_hostContactId_fkey" FOREIGN KEY ("hostContactId") REFERENCES "HostContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- An attendance names exactly one person: a delegate or a host contact.
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_one_person" CHECK (("delegateId" IS NULL) <> ("hostContactId" IS NULL));
-- A slot may not end before it starts.
ALTER TABLE "TimeSlot" ADD CONSTRAINT "TimeSlot_ends_after_start" CHECK ("endsAt" > "startsAt");
