-- Protocol layer: forms of address, precedence, photos, hotels, per-slot protocol, gifts and transport legs

-- CreateEnum
CREATE TYPE "DressCode" AS ENUM ('NONE', 'BUSINESS', 'LOUNGE_SUIT', 'SMART_CASUAL', 'CASUAL', 'COCKTAIL', 'BLACK_TIE', 'WHITE_TIE', 'NATIONAL_DRESS', 'OUTDOOR');

-- CreateEnum
CREATE TYPE "GiftDirection" AS ENUM ('GIVEN', 'RECEIVED');

-- CreateEnum
CREATE TYPE "LegEnd" AS ENUM ('SLOT', 'HOTEL', 'AIRPORT', 'PLACE');

-- CreateEnum
CREATE TYPE "LegMode" AS ENUM ('CAR', 'MINIBUS', 'COACH', 'TAXI', 'TRAIN', 'WALK', 'OTHER');

-- AlterTable
ALTER TABLE "Delegate" ADD COLUMN     "addressDe" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "addressEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "biography" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "checkInAt" TIMESTAMPTZ(3),
ADD COLUMN     "checkOutAt" TIMESTAMPTZ(3),
ADD COLUMN     "hotelAddress" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "hotelName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "photo" BYTEA,
ADD COLUMN     "photoType" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "precedence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pronunciation" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "HostContact" ADD COLUMN     "addressDe" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "addressEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "biography" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "photo" BYTEA,
ADD COLUMN     "photoType" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pronunciation" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "TimeSlot" ADD COLUMN     "dressCode" "DressCode" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "dressCodeNotes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "interpretLanguages" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "interpreterContactId" TEXT,
ADD COLUMN     "interpreterName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "press" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "pressNotes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seatingNotes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "talkingPoints" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Gift" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "direction" "GiftDirection" NOT NULL DEFAULT 'GIVEN',
    "giver" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "valueMinor" INTEGER,
    "currency" TEXT NOT NULL DEFAULT 'GBP',
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Gift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransportLeg" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "fromKind" "LegEnd" NOT NULL DEFAULT 'PLACE',
    "fromSlotId" TEXT,
    "fromPlace" TEXT NOT NULL DEFAULT '',
    "toKind" "LegEnd" NOT NULL DEFAULT 'PLACE',
    "toSlotId" TEXT,
    "toPlace" TEXT NOT NULL DEFAULT '',
    "mode" "LegMode" NOT NULL DEFAULT 'CAR',
    "pickUpAt" TIMESTAMPTZ(3) NOT NULL,
    "arriveAt" TIMESTAMPTZ(3) NOT NULL,
    "pickUpPlace" TEXT NOT NULL DEFAULT '',
    "vehicle" TEXT NOT NULL DEFAULT '',
    "driverName" TEXT NOT NULL DEFAULT '',
    "driverPhone" TEXT NOT NULL DEFAULT '',
    "route" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TransportLeg_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegPassenger" (
    "id" TEXT NOT NULL,
    "legId" TEXT NOT NULL,
    "delegateId" TEXT,
    "hostContactId" TEXT,

    CONSTRAINT "LegPassenger_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Gift_visitId_idx" ON "Gift"("visitId");

-- CreateIndex
CREATE INDEX "Gift_slotId_idx" ON "Gift"("slotId");

-- CreateIndex
CREATE INDEX "TransportLeg_visitId_pickUpAt_idx" ON "TransportLeg"("visitId", "pickUpAt");

-- CreateIndex
CREATE INDEX "LegPassenger_delegateId_idx" ON "LegPassenger"("delegateId");

-- CreateIndex
CREATE INDEX "LegPassenger_hostContactId_idx" ON "LegPassenger"("hostContactId");

-- CreateIndex
CREATE UNIQUE INDEX "LegPassenger_legId_delegateId_key" ON "LegPassenger"("legId", "delegateId");

-- CreateIndex
CREATE UNIQUE INDEX "LegPassenger_legId_hostContactId_key" ON "LegPassenger"("legId", "hostContactId");

-- AddForeignKey
ALTER TABLE "TimeSlot" ADD CONSTRAINT "TimeSlot_interpreterContactId_fkey" FOREIGN KEY ("interpreterContactId") REFERENCES "HostContact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gift" ADD CONSTRAINT "Gift_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gift" ADD CONSTRAINT "Gift_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "TimeSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransportLeg" ADD CONSTRAINT "TransportLeg_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransportLeg" ADD CONSTRAINT "TransportLeg_fromSlotId_fkey" FOREIGN KEY ("fromSlotId") REFERENCES "TimeSlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransportLeg" ADD CONSTRAINT "TransportLeg_toSlotId_fkey" FOREIGN KEY ("toSlotId") REFERENCES "TimeSlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegPassenger" ADD CONSTRAINT "LegPassenger_legId_fkey" FOREIGN KEY ("legId") REFERENCES "TransportLeg"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegPassenger" ADD CONSTRAINT "LegPassenger_delegateId_fkey" FOREIGN KEY ("delegateId") REFERENCES "Delegate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegPassenger" ADD CONSTRAINT "LegPassenger_hostContactId_fkey" FOREIGN KEY ("hostContactId") REFERENCES "HostContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A passenger is a delegate or a host contact, never both or neither.
ALTER TABLE "LegPassenger" ADD CONSTRAINT "LegPassenger_one_person" CHECK (("delegateId" IS NULL) <> ("hostContactId" IS NULL));

-- A leg arrives after it leaves, and a gift value is not negative.
ALTER TABLE "TransportLeg" ADD CONSTRAINT "TransportLeg_arrives_after_pick_up" CHECK ("arriveAt" > "pickUpAt");
ALTER TABLE "Gift" ADD CONSTRAINT "Gift_value_not_negative" CHECK ("valueMinor" IS NULL OR "valueMinor" >= 0);
