-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "SignupStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BookingRequestStatus" AS ENUM ('OPEN', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "imageId" INTEGER;

-- AlterTable
ALTER TABLE "Offering" ADD COLUMN     "imageId" INTEGER;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "imageId" INTEGER,
ADD COLUMN     "logoId" INTEGER;

-- CreateTable
CREATE TABLE "Image" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "widths" INTEGER[],
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signup" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "status" "SignupStatus" NOT NULL,
    "groupSize" INTEGER NOT NULL,
    "groupLabel" TEXT,
    "name" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "remark" TEXT,
    "organisationId" INTEGER,
    "organisationName" TEXT,
    "waitlistedAt" TIMESTAMPTZ(3),
    "attended" BOOLEAN,
    "attendedCount" INTEGER,
    "reminderSentAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "erasedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Signup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookingRequest" (
    "id" SERIAL NOT NULL,
    "offeringId" INTEGER NOT NULL,
    "status" "BookingRequestStatus" NOT NULL DEFAULT 'OPEN',
    "preferredDates" TEXT NOT NULL,
    "groupSize" INTEGER NOT NULL,
    "groupLabel" TEXT,
    "name" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "remark" TEXT,
    "organisationId" INTEGER,
    "organisationName" TEXT,
    "response" TEXT,
    "proposedStartsAt" TIMESTAMPTZ(3),
    "proposedEndsAt" TIMESTAMPTZ(3),
    "eventId" INTEGER,
    "erasedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BookingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GeocodeAnswer" (
    "query" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "label" TEXT,
    "municipalityCode" TEXT,
    "fetchedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GeocodeAnswer_pkey" PRIMARY KEY ("query")
);

-- CreateIndex
CREATE UNIQUE INDEX "Image_key_key" ON "Image"("key");

-- CreateIndex
CREATE INDEX "Image_createdAt_idx" ON "Image"("createdAt");

-- CreateIndex
CREATE INDEX "Signup_eventId_status_waitlistedAt_id_idx" ON "Signup"("eventId", "status", "waitlistedAt", "id");

-- CreateIndex
CREATE INDEX "Signup_organisationId_idx" ON "Signup"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Signup_eventId_email_key" ON "Signup"("eventId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "BookingRequest_eventId_key" ON "BookingRequest"("eventId");

-- CreateIndex
CREATE INDEX "BookingRequest_offeringId_status_idx" ON "BookingRequest"("offeringId", "status");

-- CreateIndex
CREATE INDEX "BookingRequest_organisationId_idx" ON "BookingRequest"("organisationId");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_logoId_fkey" FOREIGN KEY ("logoId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingRequest" ADD CONSTRAINT "BookingRequest_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingRequest" ADD CONSTRAINT "BookingRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingRequest" ADD CONSTRAINT "BookingRequest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What the database guarantees whatever the client: seats are positive, attendance is not negative.
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_groupSize_check" CHECK ("groupSize" > 0);
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_attendedCount_check" CHECK ("attendedCount" IS NULL OR "attendedCount" >= 0);
ALTER TABLE "BookingRequest" ADD CONSTRAINT "BookingRequest_groupSize_check" CHECK ("groupSize" > 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacity_check" CHECK ("capacity" IS NULL OR "capacity" >= 0);

-- CreateTable
CREATE TABLE "ManageLink" (
    "hash" TEXT NOT NULL,
    "signupId" INTEGER,
    "bookingRequestId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManageLink_pkey" PRIMARY KEY ("hash")
);

-- CreateIndex
CREATE INDEX "ManageLink_signupId_idx" ON "ManageLink"("signupId");

-- CreateIndex
CREATE INDEX "ManageLink_bookingRequestId_idx" ON "ManageLink"("bookingRequestId");

-- AddForeignKey
ALTER TABLE "ManageLink" ADD CONSTRAINT "ManageLink_signupId_fkey" FOREIGN KEY ("signupId") REFERENCES "Signup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManageLink" ADD CONSTRAINT "ManageLink_bookingRequestId_fkey" FOREIGN KEY ("bookingRequestId") REFERENCES "BookingRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A link belongs to exactly one sign-up or booking request.
ALTER TABLE "ManageLink" ADD CONSTRAINT "ManageLink_owner_check" CHECK (num_nonnulls("signupId", "bookingRequestId") = 1);
