-- Documents as ingested, the runs that brought them in, and near-duplicate detection.

CREATE TABLE runs (
    id        INTEGER PRIMARY KEY,
    command   TEXT NOT NULL,
    arguments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(arguments)),
    started   TEXT NOT NULL,
    finished  TEXT,
    counts    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts))
);

CREATE TABLE documents (
    seq          INTEGER PRIMARY KEY,  -- a stable integer rowid for the external-content FTS index
    id           TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL,
    url          TEXT,
    title        TEXT,
    published    TEXT,
    author       TEXT,
    language     TEXT,
    raw          TEXT NOT NULL,        -- the text exactly as ingested; every offset points into it
    text         TEXT NOT NULL,        -- the cleaned text analysis runs on
    original     TEXT,                 -- markup the raw text was extracted from, when there was any
    offsets      TEXT NOT NULL CHECK (json_valid(offsets)),
    edits        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(edits)),
    content_hash TEXT NOT NULL UNIQUE,
    minhash      BLOB,
    metadata     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    run          INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    created      TEXT NOT NULL
);
CREATE INDEX documents_run ON documents(run);

-- Locality-sensitive hashing: documents sharing a band are candidates for a near-duplicate check.
CREATE TABLE document_bands (
    band     TEXT NOT NULL,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, document)
) WITHOUT ROWID;
CREATE INDEX document_bands_document ON document_bands(document);

-- Near-duplicates are kept and linked, never dropped; each pair is stored once, doc_a < doc_b.
CREATE TABLE near_duplicates (
    doc_a      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    doc_b      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    PRIMARY KEY (doc_a, doc_b),
    CHECK (doc_a < doc_b)
) WITHOUT ROWID;
CREATE INDEX near_duplicates_b ON near_duplicates(doc_b);
