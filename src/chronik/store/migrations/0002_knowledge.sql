-- Entities and events. Every span row names its document; *_sources record which documents
-- contributed an entity or event, so one document's share can be replaced without touching others.

CREATE TABLE entities (
    id         TEXT PRIMARY KEY,
    type       TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'location', 'country', 'other')),
    name       TEXT NOT NULL,
    kb_id      TEXT,
    attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes))
);
CREATE INDEX entities_type ON entities(type);
CREATE INDEX entities_kb_id ON entities(kb_id);

CREATE TABLE entity_sources (
    entity   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (entity, document)
) WITHOUT ROWID;
CREATE INDEX entity_sources_document ON entity_sources(document);

CREATE TABLE aliases (
    entity   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (entity, alias, document)
) WITHOUT ROWID;
CREATE INDEX aliases_document ON aliases(document);
CREATE INDEX aliases_alias ON aliases(alias);

CREATE TABLE mentions (
    id       INTEGER PRIMARY KEY,
    entity   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    "start"  INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     TEXT NOT NULL,
    kind     TEXT NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'description', 'pronoun')),
    UNIQUE (entity, document, "start", "end"),
    CHECK (0 <= "start" AND "start" <= "end")
);
CREATE INDEX mentions_document ON mentions(document, "start");

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
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
    attributes     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes))
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_place_entity ON events(place_entity);

CREATE TABLE event_sources (
    event    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (event, document)
) WITHOUT ROWID;
CREATE INDEX event_sources_document ON event_sources(document);

CREATE TABLE event_roles (
    id       INTEGER PRIMARY KEY,
    event    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role     TEXT NOT NULL,
    entity   TEXT REFERENCES entities(id) ON DELETE SET NULL,
    text     TEXT NOT NULL,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    "start"  INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    quantity INTEGER,
    UNIQUE (event, role, document, "start", "end")
);
CREATE INDEX event_roles_entity ON event_roles(entity);
CREATE INDEX event_roles_document ON event_roles(document);

-- Where an event was read, and whom the article credits for it (attributed_to).
CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    event         TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    "start"       INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    trigger       TEXT NOT NULL,
    attributed_to TEXT,
    UNIQUE (event, document, "start", "end", trigger_start, trigger_end)
);
CREATE INDEX evidence_document ON evidence(document);
