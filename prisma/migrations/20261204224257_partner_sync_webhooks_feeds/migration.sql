
-- CreateEnum
CREATE TYPE "TombstoneKind" AS ENUM ('EVENT', 'OFFERING', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "WebhookTopic" AS ENUM ('EVENT_PUBLISHED', 'EVENT_UPDATED', 'EVENT_CANCELLED', 'EVENT_DELETED', 'SIGNUP_CREATED', 'SIGNUP_CANCELLED');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "feedId" INTEGER,
ADD COLUMN     "sourceUid" TEXT;

-- CreateTable
CREATE TABLE "Tombstone" (
    "id" SERIAL NOT NULL,
    "kind" "TombstoneKind" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "regionId" INTEGER,
    "removedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tombstone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookSubscription" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "topics" "WebhookTopic"[],
    "secret" TEXT NOT NULL,
    "organisationId" INTEGER,
    "regionId" INTEGER,
    "createdById" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" SERIAL NOT NULL,
    "subscriptionId" INTEGER NOT NULL,
    "messageId" TEXT NOT NULL,
    "topic" "WebhookTopic" NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "lastAttemptAt" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "lastImportedAt" TIMESTAMPTZ(3),
    "lastResult" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Tombstone_kind_removedAt_id_idx" ON "Tombstone"("kind", "removedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Tombstone_removedAt_id_key" ON "Tombstone"("removedAt", "id");

-- CreateIndex
CREATE INDEX "WebhookSubscription_organisationId_idx" ON "WebhookSubscription"("organisationId");

-- CreateIndex
CREATE INDEX "WebhookSubscription_regionId_idx" ON "WebhookSubscription"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_messageId_key" ON "WebhookDelivery"("messageId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_subscriptionId_createdAt_idx" ON "WebhookDelivery"("subscriptionId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_createdAt_idx" ON "WebhookDelivery"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_organisationId_url_key" ON "CalendarFeed"("organisationId", "url");

-- CreateIndex
CREATE UNIQUE INDEX "Event_updatedAt_id_key" ON "Event"("updatedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Event_feedId_sourceUid_key" ON "Event"("feedId", "sourceUid");

-- CreateIndex
CREATE UNIQUE INDEX "Offering_updatedAt_id_key" ON "Offering"("updatedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_updatedAt_id_key" ON "Organisation"("updatedAt", "id");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "CalendarFeed"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookSubscription" ADD CONSTRAINT "WebhookSubscription_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookSubscription" ADD CONSTRAINT "WebhookSubscription_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookSubscription" ADD CONSTRAINT "WebhookSubscription_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "WebhookSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A webhook subscription is for one organisation or for one region, never both or neither.
ALTER TABLE "WebhookSubscription" ADD CONSTRAINT "WebhookSubscription_one_holder" CHECK (("organisationId" IS NULL) <> ("regionId" IS NULL));

-- Tombstones: whenever an event, offering or organisation leaves public view, on every path (a
-- mutation, a cascade, a script), a row says so, for mirrors that sync with `updatedSince`.
-- Public: events published or cancelled, active offerings, every organisation.
CREATE FUNCTION tombstone_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('PUBLISHED', 'CANCELLED') AND (TG_OP = 'DELETE' OR NEW.status NOT IN ('PUBLISHED', 'CANCELLED')) THEN
    INSERT INTO "Tombstone" (kind, "entityId", "regionId", "removedAt") VALUES ('EVENT', OLD.id, OLD."regionId", clock_timestamp());
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER event_tombstone AFTER UPDATE OF status OR DELETE ON "Event" FOR EACH ROW EXECUTE FUNCTION tombstone_event();

CREATE FUNCTION tombstone_offering() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.active AND (TG_OP = 'DELETE' OR NOT NEW.active) THEN
    INSERT INTO "Tombstone" (kind, "entityId", "regionId", "removedAt") VALUES ('OFFERING', OLD.id, OLD."regionId", clock_timestamp());
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER offering_tombstone AFTER UPDATE OF active OR DELETE ON "Offering" FOR EACH ROW EXECUTE FUNCTION tombstone_offering();

CREATE FUNCTION tombstone_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "Tombstone" (kind, "entityId", "regionId", "removedAt") VALUES ('ORGANISATION', OLD.id, OLD."regionId", clock_timestamp());
  RETURN NULL;
END $$;
CREATE TRIGGER organisation_tombstone AFTER DELETE ON "Organisation" FOR EACH ROW EXECUTE FUNCTION tombstone_organisation();
