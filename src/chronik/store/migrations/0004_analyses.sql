-- What the build made of each document: the analysis version it was read with, whether it failed
-- (and why), and its extraction before fusion, so a later build analyses only new or stale documents
-- and re-fuses the others from what is stored here. `fused` is a hash of the entity ids the stored
-- contribution was written with; NULL until written.

CREATE TABLE analyses (
    document   TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    version    TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error      TEXT,
    seconds    REAL NOT NULL DEFAULT 0,
    keys       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keys)),
    extraction TEXT CHECK (extraction IS NULL OR json_valid(extraction)),
    fused      TEXT,
    analysed   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX analyses_status ON analyses(status);
