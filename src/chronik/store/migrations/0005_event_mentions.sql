-- Reports and events as two levels. What extraction reads from one article is an event mention
-- (a report): the old `events` rows become `event_mentions`, their roles, evidence and sources
-- follow as `mention_roles`, `mention_evidence` and `mention_sources`. An event is a cluster of
-- mentions that fusion forms across articles (`event_mentions.event`), with derived fields, sources
-- and disagreements. Readers keep seeing `event_roles`, `evidence` and `event_sources`: views that
-- give each report's rows under its fused event. Nothing is lost: every existing event becomes one
-- mention and one event of the same id, until the next build fuses them.

ALTER TABLE events RENAME TO event_mentions;
ALTER TABLE event_roles RENAME TO mention_roles;
ALTER TABLE mention_roles RENAME COLUMN event TO mention;
ALTER TABLE evidence RENAME TO mention_evidence;
ALTER TABLE mention_evidence RENAME COLUMN event TO mention;
ALTER TABLE event_sources RENAME TO mention_sources;
ALTER TABLE mention_sources RENAME COLUMN event TO mention;
ALTER TABLE event_mentions ADD COLUMN event TEXT;  -- the fused event this report belongs to
UPDATE event_mentions SET event = id;
CREATE INDEX event_mentions_event ON event_mentions(event);
CREATE INDEX mention_roles_mention ON mention_roles(mention);
CREATE INDEX mention_evidence_mention ON mention_evidence(mention);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,  -- the id of its earliest report: stable across builds
    type           TEXT NOT NULL,
    modality       TEXT NOT NULL DEFAULT 'asserted'
                   CHECK (modality IN ('asserted', 'planned', 'negated', 'uncertain')),
    time           TEXT,
    time_text      TEXT,
    place_entity   TEXT REFERENCES entities(id) ON DELETE SET NULL,
    place_text     TEXT,
    place_document TEXT REFERENCES documents(id) ON DELETE SET NULL,
    place_start    INTEGER,
    place_end      INTEGER,
    plover         TEXT,
    attributes     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
    sources        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sources)),
    disagreements  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(disagreements))
);
CREATE INDEX fused_events_type ON events(type);
CREATE INDEX fused_events_time ON events(time);
CREATE INDEX fused_events_place_entity ON events(place_entity);

INSERT INTO events(id, type, modality, time, time_text, place_entity, place_text, place_document,
                   place_start, place_end, plover, attributes)
SELECT id, type, modality, time, time_text, place_entity, place_text, place_document,
       place_start, place_end, plover, attributes
FROM event_mentions;

CREATE VIEW event_roles AS
SELECT r.id, m.event AS event, r.mention, r.role, r.entity, r.text, r.document, r."start", r."end",
       r.quantity
FROM mention_roles r JOIN event_mentions m ON m.id = r.mention;

CREATE VIEW evidence AS
SELECT e.id, m.event AS event, e.mention, e.document, e."start", e."end", e.text, e.trigger_start,
       e.trigger_end, e.trigger, e.attributed_to
FROM mention_evidence e JOIN event_mentions m ON m.id = e.mention;

CREATE VIEW event_sources AS
SELECT DISTINCT m.event AS event, s.document
FROM mention_sources s JOIN event_mentions m ON m.id = s.mention;
