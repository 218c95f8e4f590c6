-- A phrase that stands for several actors (`die beiden Bewerber`, `beide Seiten`) fills a role once
-- per actor, every filler with the phrase's one span: a report's role row is one per span and
-- linked entity, no longer one per span (which kept the first actor and dropped the others).
-- SQLite cannot change a table's constraints: the table is copied into one without that UNIQUE.
DROP VIEW event_roles;

CREATE TABLE mention_roles_new (
    id       INTEGER PRIMARY KEY,
    mention  TEXT NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
    role     TEXT NOT NULL,
    entity   TEXT REFERENCES entities(id) ON DELETE SET NULL,
    text     TEXT NOT NULL,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    "start"  INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    quantity INTEGER
);
INSERT INTO mention_roles_new(id, mention, role, entity, text, document, "start", "end", quantity)
SELECT id, mention, role, entity, text, document, "start", "end", quantity FROM mention_roles;
DROP TABLE mention_roles;
ALTER TABLE mention_roles_new RENAME TO mention_roles;

-- An unlinked filler is one per span still (NULL entities would never clash).
CREATE UNIQUE INDEX mention_roles_filler
    ON mention_roles(mention, role, document, "start", "end", coalesce(entity, ''));
CREATE INDEX event_roles_entity ON mention_roles(entity);
CREATE INDEX event_roles_document ON mention_roles(document);
CREATE INDEX mention_roles_mention ON mention_roles(mention);

CREATE VIEW event_roles AS
SELECT r.id, m.event AS event, r.mention, r.role, r.entity, r.text, r.document, r."start", r."end",
       r.quantity
FROM mention_roles r JOIN event_mentions m ON m.id = r.mention;
