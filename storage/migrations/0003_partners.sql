-- The partner directory: one listing per professional or practice, per coalition.
CREATE TABLE partners (
    id               INTEGER PRIMARY KEY,
    coalition_id     INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    external_id      TEXT,                      -- the spreadsheet's own id, for updates
    name             TEXT    NOT NULL,
    organisation     TEXT    NOT NULL DEFAULT '',
    role             TEXT    NOT NULL,          -- as written
    role_key         TEXT    NOT NULL,          -- canonical role (bot/data/roles.toml) or folded text
    municipality     TEXT    NOT NULL,
    municipality_key TEXT    NOT NULL,          -- folded, without "gemeente"
    neighbourhood    TEXT    NOT NULL DEFAULT '',
    phone            TEXT    NOT NULL DEFAULT '',  -- E.164
    email            TEXT    NOT NULL DEFAULT '',
    website          TEXT    NOT NULL DEFAULT '',
    keywords         TEXT    NOT NULL DEFAULT '',
    natural_key      TEXT    NOT NULL,          -- folded name | organisation | municipality
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'listed', 'hidden', 'rejected')),
    source           TEXT    NOT NULL CHECK (source IN ('import', 'self', 'coordinator')),
    user_id          INTEGER,                   -- the professional, when self-registered
    consent_by       TEXT    NOT NULL,          -- who gave consent to be listed
    consent_at       TEXT    NOT NULL,
    added_by         INTEGER,                   -- coordinator or NULL (command line)
    last_checked_at  TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    rejection_reason TEXT
);

CREATE UNIQUE INDEX partners_external_id ON partners(coalition_id, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX partners_natural ON partners(coalition_id, natural_key);
CREATE INDEX partners_role ON partners(coalition_id, status, role_key, municipality_key);
CREATE INDEX partners_municipality ON partners(coalition_id, status, municipality_key);
CREATE INDEX partners_user ON partners(user_id) WHERE user_id IS NOT NULL;

-- Full-text index of the listed partners only, over folded text (rowid = partners.id), kept
-- in step by storage/partners.py. `coalition` holds 'c<id>' so a search stays in its coalitions.
CREATE VIRTUAL TABLE partner_fts USING fts5(
    coalition, role, municipality, name, organisation, neighbourhood, keywords,
    tokenize = 'unicode61 remove_diacritics 2'
);

