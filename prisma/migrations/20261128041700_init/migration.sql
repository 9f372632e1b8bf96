-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('VMBO_SCHOOL', 'PRIMARY_SCHOOL', 'MBO_COLLEGE', 'COMPANY', 'PRAKTIJKONDERWIJS', 'VSO', 'MUNICIPALITY', 'PARTNER');

-- CreateEnum
CREATE TYPE "OrganisationLinkKind" AS ENUM ('SERVES_PRIMARY_SCHOOL', 'PARTNER_COMPANY', 'MBO_PARTNER', 'MUNICIPALITY_PARTNER', 'OTHER');

-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('SCHAKELFUNCTIONARIS', 'BEDRIJVENCONTACTFUNCTIONARIS', 'PROGRAMME_MANAGER', 'HYBRID_TEACHER', 'CONTACT_PERSON');

-- CreateEnum
CREATE TYPE "AudienceSector" AS ENUM ('PRIMARY', 'VMBO_ONDERBOUW', 'VMBO_BOVENBOUW', 'MBO', 'PRAKTIJKONDERWIJS', 'VSO', 'TEACHERS', 'PARENTS', 'COMPANIES');

-- CreateEnum
CREATE TYPE "Leerweg" AS ENUM ('BB', 'KB', 'GL', 'TL');

-- CreateEnum
CREATE TYPE "OfferingKind" AS ENUM ('TECHLAB_SESSION', 'GUEST_LESSON', 'COMPANY_VISIT', 'INTERNSHIP', 'ELECTIVE', 'TALENT_LESSON', 'CHALLENGE', 'TRAINING', 'PROGRAMME');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('TECHNIEKMARKT', 'TECHLAB_SESSION', 'COMPANY_VISIT', 'GUEST_LESSON', 'CHALLENGE', 'NETWORK_MEETING', 'TRAINING', 'OPEN_DAY', 'WORKSHOP', 'OTHER');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SignupMode" AS ENUM ('NONE', 'PLATFORM', 'EXTERNAL', 'INVITATION');

-- CreateEnum
CREATE TYPE "OrganiserRole" AS ENUM ('ORGANISER', 'CO_ORGANISER', 'HOST');

-- CreateEnum
CREATE TYPE "ChallengeStatus" AS ENUM ('PLANNED', 'OPEN', 'RUNNING', 'COMPLETED');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cbsCode" TEXT,
    "regionId" INTEGER NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "street" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "hasTechlab" BOOLEAN NOT NULL DEFAULT false,
    "regionId" INTEGER NOT NULL,
    "municipalityId" INTEGER,
    "parentId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationLink" (
    "id" SERIAL NOT NULL,
    "kind" "OrganisationLinkKind" NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "since" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT,
    "workEmail" TEXT,
    "workPhone" TEXT,
    "organisationId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonRole" (
    "id" SERIAL NOT NULL,
    "kind" "RoleKind" NOT NULL,
    "personId" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "regionId" INTEGER,
    "startsOn" DATE,
    "endsOn" DATE,

    CONSTRAINT "PersonRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionLine" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ActionLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "technical" BOOLEAN NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GtProgramme" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "GtProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audience" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sector" "AudienceSector" NOT NULL,
    "level" INTEGER,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Audience_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offering" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "OfferingKind" NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "bookable" BOOLEAN NOT NULL DEFAULT false,
    "bookingInfo" TEXT NOT NULL DEFAULT '',
    "bookingUrl" TEXT,
    "durationMinutes" INTEGER,
    "maxGroupSize" INTEGER,
    "costCents" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "leerwegen" "Leerweg"[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Offering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT,
    "postalCode" TEXT,
    "city" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "municipalityId" INTEGER,
    "organisationId" INTEGER,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "EventKind" NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "cancellationReason" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "allDay" BOOLEAN NOT NULL DEFAULT false,
    "regionId" INTEGER NOT NULL,
    "venueId" INTEGER,
    "onlineUrl" TEXT,
    "leerwegen" "Leerweg"[],
    "capacity" INTEGER,
    "signupMode" "SignupMode" NOT NULL DEFAULT 'NONE',
    "signupUrl" TEXT,
    "signupOpensAt" TIMESTAMPTZ(3),
    "signupClosesAt" TIMESTAMPTZ(3),
    "costCents" INTEGER NOT NULL DEFAULT 0,
    "offeringId" INTEGER,
    "challengeId" INTEGER,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventOrganiser" (
    "eventId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "role" "OrganiserRole" NOT NULL DEFAULT 'ORGANISER',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventOrganiser_pkey" PRIMARY KEY ("eventId","organisationId")
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "status" "ChallengeStatus" NOT NULL DEFAULT 'PLANNED',
    "regionId" INTEGER NOT NULL,
    "companyId" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeParticipant" (
    "challengeId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "joinedOn" DATE,

    CONSTRAINT "ChallengeParticipant_pkey" PRIMARY KEY ("challengeId","organisationId")
);

-- CreateTable
CREATE TABLE "ChallengeMilestone" (
    "id" SERIAL NOT NULL,
    "challengeId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ChallengeMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_OrganisationToProfile" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_OrganisationToProfile_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ActionLineToOffering" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ActionLineToOffering_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ActionLineToEvent" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ActionLineToEvent_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ActionLineToChallenge" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ActionLineToChallenge_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_GtProgrammeToOrganisation" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_GtProgrammeToOrganisation_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AudienceToOffering" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AudienceToOffering_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AudienceToEvent" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AudienceToEvent_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_OfferingToProfile" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_OfferingToProfile_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_OfferingToTheme" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_OfferingToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_EventToProfile" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_EventToProfile_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_EventToTheme" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_EventToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ChallengeToTheme" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ChallengeToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_slug_key" ON "Municipality"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_cbsCode_key" ON "Municipality"("cbsCode");

-- CreateIndex
CREATE INDEX "Municipality_regionId_name_idx" ON "Municipality"("regionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_regionId_kind_name_idx" ON "Organisation"("regionId", "kind", "name");

-- CreateIndex
CREATE INDEX "Organisation_municipalityId_idx" ON "Organisation"("municipalityId");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE INDEX "Organisation_name_trgm_idx" ON "Organisation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OrganisationLink_toId_kind_idx" ON "OrganisationLink"("toId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationLink_fromId_toId_kind_key" ON "OrganisationLink"("fromId", "toId", "kind");

-- CreateIndex
CREATE INDEX "PersonRole_organisationId_kind_idx" ON "PersonRole"("organisationId", "kind");

-- CreateIndex
CREATE INDEX "PersonRole_regionId_kind_idx" ON "PersonRole"("regionId", "kind");

-- CreateIndex
CREATE INDEX "PersonRole_personId_idx" ON "PersonRole"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionLine_number_key" ON "ActionLine"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ActionLine_slug_key" ON "ActionLine"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_code_key" ON "Profile"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_slug_key" ON "Profile"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "GtProgramme_slug_key" ON "GtProgramme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Audience_code_key" ON "Audience"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Offering_slug_key" ON "Offering"("slug");

-- CreateIndex
CREATE INDEX "Offering_organisationId_kind_idx" ON "Offering"("organisationId", "kind");

-- CreateIndex
CREATE INDEX "Offering_regionId_kind_title_idx" ON "Offering"("regionId", "kind", "title");

-- CreateIndex
CREATE INDEX "Venue_municipalityId_idx" ON "Venue"("municipalityId");

-- CreateIndex
CREATE INDEX "Venue_latitude_longitude_idx" ON "Venue"("latitude", "longitude");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_startsAt_id_endsAt_status_idx" ON "Event"("startsAt", "id", "endsAt", "status");

-- CreateIndex
CREATE INDEX "Event_status_endsAt_startsAt_idx" ON "Event"("status", "endsAt", "startsAt");

-- CreateIndex
CREATE INDEX "Event_regionId_startsAt_id_idx" ON "Event"("regionId", "startsAt", "id");

-- CreateIndex
CREATE INDEX "Event_kind_startsAt_id_idx" ON "Event"("kind", "startsAt", "id");

-- CreateIndex
CREATE INDEX "Event_venueId_idx" ON "Event"("venueId");

-- CreateIndex
CREATE INDEX "Event_offeringId_idx" ON "Event"("offeringId");

-- CreateIndex
CREATE INDEX "Event_challengeId_idx" ON "Event"("challengeId");

-- CreateIndex
CREATE INDEX "Event_title_trgm_idx" ON "Event" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Event_summary_trgm_idx" ON "Event" USING GIN ("summary" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "EventOrganiser_organisationId_eventId_idx" ON "EventOrganiser"("organisationId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Challenge_slug_key" ON "Challenge"("slug");

-- CreateIndex
CREATE INDEX "Challenge_regionId_status_startsOn_idx" ON "Challenge"("regionId", "status", "startsOn");

-- CreateIndex
CREATE INDEX "Challenge_companyId_idx" ON "Challenge"("companyId");

-- CreateIndex
CREATE INDEX "ChallengeParticipant_organisationId_idx" ON "ChallengeParticipant"("organisationId");

-- CreateIndex
CREATE INDEX "ChallengeMilestone_challengeId_date_idx" ON "ChallengeMilestone"("challengeId", "date");

-- CreateIndex
CREATE INDEX "_OrganisationToProfile_B_index" ON "_OrganisationToProfile"("B");

-- CreateIndex
CREATE INDEX "_ActionLineToOffering_B_index" ON "_ActionLineToOffering"("B");

-- CreateIndex
CREATE INDEX "_ActionLineToEvent_B_index" ON "_ActionLineToEvent"("B");

-- CreateIndex
CREATE INDEX "_ActionLineToChallenge_B_index" ON "_ActionLineToChallenge"("B");

-- CreateIndex
CREATE INDEX "_GtProgrammeToOrganisation_B_index" ON "_GtProgrammeToOrganisation"("B");

-- CreateIndex
CREATE INDEX "_AudienceToOffering_B_index" ON "_AudienceToOffering"("B");

-- CreateIndex
CREATE INDEX "_AudienceToEvent_B_index" ON "_AudienceToEvent"("B");

-- CreateIndex
CREATE INDEX "_OfferingToProfile_B_index" ON "_OfferingToProfile"("B");

-- CreateIndex
CREATE INDEX "_OfferingToTheme_B_index" ON "_OfferingToTheme"("B");

-- CreateIndex
CREATE INDEX "_EventToProfile_B_index" ON "_EventToProfile"("B");

-- CreateIndex
CREATE INDEX "_EventToTheme_B_index" ON "_EventToTheme"("B");

-- CreateIndex
CREATE INDEX "_ChallengeToTheme_B_index" ON "_ChallengeToTheme"("B");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationLink" ADD CONSTRAINT "OrganisationLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationLink" ADD CONSTRAINT "OrganisationLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOrganiser" ADD CONSTRAINT "EventOrganiser_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOrganiser" ADD CONSTRAINT "EventOrganiser_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeParticipant" ADD CONSTRAINT "ChallengeParticipant_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeParticipant" ADD CONSTRAINT "ChallengeParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeMilestone" ADD CONSTRAINT "ChallengeMilestone_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganisationToProfile" ADD CONSTRAINT "_OrganisationToProfile_A_fkey" FOREIGN KEY ("A") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganisationToProfile" ADD CONSTRAINT "_OrganisationToProfile_B_fkey" FOREIGN KEY ("B") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLineToOffering" ADD CONSTRAINT "_ActionLineToOffering_A_fkey" FOREIGN KEY ("A") REFERENCES "ActionLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLineToOffering" ADD CONSTRAINT "_ActionLineToOffering_B_fkey" FOREIGN KEY ("B") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLineToEvent" ADD CONSTRAINT "_ActionLineToEvent_A_fkey" FOREIGN KEY ("A") REFERENCES "ActionLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLineToEvent" ADD CONSTRAINT "_ActionLineToEvent_B_fkey" FOREIGN KEY ("B") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLineToChallenge" ADD CONSTRAINT "_ActionLineToChallenge_A_fkey" FOREIGN KEY ("A") REFERENCES "ActionLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLineToChallenge" ADD CONSTRAINT "_ActionLineToChallenge_B_fkey" FOREIGN KEY ("B") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GtProgrammeToOrganisation" ADD CONSTRAINT "_GtProgrammeToOrganisation_A_fkey" FOREIGN KEY ("A") REFERENCES "GtProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GtProgrammeToOrganisation" ADD CONSTRAINT "_GtProgrammeToOrganisation_B_fkey" FOREIGN KEY ("B") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AudienceToOffering" ADD CONSTRAINT "_AudienceToOffering_A_fkey" FOREIGN KEY ("A") REFERENCES "Audience"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AudienceToOffering" ADD CONSTRAINT "_AudienceToOffering_B_fkey" FOREIGN KEY ("B") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AudienceToEvent" ADD CONSTRAINT "_AudienceToEvent_A_fkey" FOREIGN KEY ("A") REFERENCES "Audience"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AudienceToEvent" ADD CONSTRAINT "_AudienceToEvent_B_fkey" FOREIGN KEY ("B") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OfferingToProfile" ADD CONSTRAINT "_OfferingToProfile_A_fkey" FOREIGN KEY ("A") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OfferingToProfile" ADD CONSTRAINT "_OfferingToProfile_B_fkey" FOREIGN KEY ("B") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OfferingToTheme" ADD CONSTRAINT "_OfferingToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OfferingToTheme" ADD CONSTRAINT "_OfferingToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventToProfile" ADD CONSTRAINT "_EventToProfile_A_fkey" FOREIGN KEY ("A") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventToProfile" ADD CONSTRAINT "_EventToProfile_B_fkey" FOREIGN KEY ("B") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventToTheme" ADD CONSTRAINT "_EventToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventToTheme" ADD CONSTRAINT "_EventToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToTheme" ADD CONSTRAINT "_ChallengeToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToTheme" ADD CONSTRAINT "_ChallengeToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Not expressible in schema.prisma: an event ends after it starts and lasts at most 31 days
-- (longer programmes are offerings or challenges). The agenda's queries rely on the bound.
ALTER TABLE "Event" ADD CONSTRAINT "Event_duration_check"
  CHECK ("endsAt" >= "startsAt" AND "endsAt" <= "startsAt" + interval '31 days');
