-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "EventSearch" (
    "eventId" INTEGER NOT NULL,
    "document" TEXT NOT NULL,

    CONSTRAINT "EventSearch_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "PlaceAlias" (
    "name" TEXT NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "PlaceAlias_pkey" PRIMARY KEY ("name","alias")
);

-- CreateIndex
CREATE INDEX "EventSearch_document_idx" ON "EventSearch" USING GIN ("document" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "EventSearch" ADD CONSTRAINT "EventSearch_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Text search reads one document per event: its own words, its kind in Dutch, its themes, its
-- organisers and its place with the place's common names. Triggers keep it current on every path
-- that changes one of those (the API, the seed, imports), so no writer has to remember it.
-- In lower case, so a search compares with LIKE: case folding every document on every search costs
-- most of a search's time.
CREATE FUNCTION event_search_document(e "Event") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT lower(concat_ws(' ',
    e.title, e.summary, e.description,
    CASE e.kind
      WHEN 'TECHNIEKMARKT' THEN 'techniekmarkt'
      WHEN 'TECHLAB_SESSION' THEN 'techlab'
      WHEN 'COMPANY_VISIT' THEN 'bedrijfsbezoek'
      WHEN 'GUEST_LESSON' THEN 'gastles'
      WHEN 'CHALLENGE' THEN 'challenge'
      WHEN 'NETWORK_MEETING' THEN 'netwerkbijeenkomst'
      WHEN 'TRAINING' THEN 'training'
      WHEN 'OPEN_DAY' THEN 'open dag'
      WHEN 'WORKSHOP' THEN 'workshop'
    END,
    (SELECT string_agg(t.name, ' ') FROM "_EventToTheme" et JOIN "Theme" t ON t.id = et."B" WHERE et."A" = e.id),
    (SELECT string_agg(o.name, ' ') FROM "EventOrganiser" eo JOIN "Organisation" o ON o.id = eo."organisationId" WHERE eo."eventId" = e.id),
    (SELECT concat_ws(' ', v.name, v.city, m.name, (SELECT string_agg(a.alias, ' ') FROM "PlaceAlias" a WHERE a.name IN (v.city, m.name)))
       FROM "Venue" v LEFT JOIN "Municipality" m ON m.id = v."municipalityId" WHERE v.id = e."venueId")
  ))
$$;

-- Writes the documents of the given events (only those that changed).
CREATE FUNCTION event_search_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "EventSearch" ("eventId", document)
  SELECT x.id, event_search_document(x) FROM "Event" x WHERE x.id = ANY(ids)
  ON CONFLICT ("eventId") DO UPDATE SET document = EXCLUDED.document
  WHERE "EventSearch".document IS DISTINCT FROM EXCLUDED.document
$$;

-- New events, and the rows that link events to themes and organisers: one statement refreshes the
-- events it touched, once each. The trigger's argument names the column that holds the event id.
CREATE FUNCTION event_search_after_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('SELECT event_search_refresh(ARRAY(SELECT %I FROM changed_rows))', TG_ARGV[0]);
  RETURN NULL;
END
$$;
CREATE TRIGGER "Event_search_insert" AFTER INSERT ON "Event" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_rows('id');
CREATE TRIGGER "EventToTheme_search_insert" AFTER INSERT ON "_EventToTheme" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_rows('A');
CREATE TRIGGER "EventToTheme_search_delete" AFTER DELETE ON "_EventToTheme" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_rows('A');
CREATE TRIGGER "EventOrganiser_search_insert" AFTER INSERT ON "EventOrganiser" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_rows('eventId');
CREATE TRIGGER "EventOrganiser_search_delete" AFTER DELETE ON "EventOrganiser" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_rows('eventId');

-- A changed event, by the columns the document reads.
CREATE FUNCTION event_search_after_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM event_search_refresh(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;
CREATE TRIGGER "Event_search_update" AFTER UPDATE OF title, summary, description, kind, "venueId" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION event_search_after_event_change();

-- Renamed themes, organisations, venues and municipalities, and new common names of places.
CREATE FUNCTION event_search_after_renames() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Theme' THEN
    PERFORM event_search_refresh(ARRAY(SELECT et."A" FROM "_EventToTheme" et JOIN new_rows n ON n.id = et."B" JOIN old_rows o ON o.id = n.id WHERE o.name IS DISTINCT FROM n.name));
  ELSIF TG_TABLE_NAME = 'Organisation' THEN
    PERFORM event_search_refresh(ARRAY(SELECT eo."eventId" FROM "EventOrganiser" eo JOIN new_rows n ON n.id = eo."organisationId" JOIN old_rows o ON o.id = n.id WHERE o.name IS DISTINCT FROM n.name));
  ELSIF TG_TABLE_NAME = 'Venue' THEN
    PERFORM event_search_refresh(ARRAY(SELECT e.id FROM "Event" e JOIN new_rows n ON n.id = e."venueId" JOIN old_rows o ON o.id = n.id
      WHERE (o.name, o.city, o."municipalityId") IS DISTINCT FROM (n.name, n.city, n."municipalityId")));
  ELSIF TG_TABLE_NAME = 'Municipality' THEN
    PERFORM event_search_refresh(ARRAY(SELECT e.id FROM "Event" e JOIN "Venue" v ON v.id = e."venueId" JOIN new_rows n ON n.id = v."municipalityId" JOIN old_rows o ON o.id = n.id WHERE o.name IS DISTINCT FROM n.name));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Theme_search" AFTER UPDATE ON "Theme" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_renames();
CREATE TRIGGER "Organisation_search" AFTER UPDATE ON "Organisation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_renames();
CREATE TRIGGER "Venue_search" AFTER UPDATE ON "Venue" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_renames();
CREATE TRIGGER "Municipality_search" AFTER UPDATE ON "Municipality" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_renames();

CREATE FUNCTION event_search_after_aliases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM event_search_refresh(ARRAY(SELECT e.id FROM "Event" e JOIN "Venue" v ON v.id = e."venueId" LEFT JOIN "Municipality" m ON m.id = v."municipalityId"
    WHERE v.city IN (SELECT name FROM changed_rows) OR m.name IN (SELECT name FROM changed_rows)));
  RETURN NULL;
END
$$;
CREATE TRIGGER "PlaceAlias_search_insert" AFTER INSERT ON "PlaceAlias" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_aliases();
CREATE TRIGGER "PlaceAlias_search_delete" AFTER DELETE ON "PlaceAlias" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_search_after_aliases();

-- The names people use for places whose official name they rarely type.
INSERT INTO "PlaceAlias" (name, alias) VALUES
  ('''s-Hertogenbosch', 'Den Bosch'),
  ('''s-Gravenhage', 'Den Haag');

SELECT event_search_refresh(ARRAY(SELECT id FROM "Event"));
