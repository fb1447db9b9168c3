-- Announcements: a draft, then (in one transaction) a delivery row per recipient; a sender
-- works through the rows. People can turn announcements off; a person who blocked the bot
-- is unreachable until they write to it again.
ALTER TABLE people ADD COLUMN announcements_off INTEGER NOT NULL DEFAULT 0;
ALTER TABLE people ADD COLUMN unreachable_since TEXT;

CREATE TABLE announcements (
    id                  INTEGER PRIMARY KEY,
    created_by          INTEGER NOT NULL,
    coalition_ids       TEXT    NOT NULL,  -- JSON array
    audience            TEXT    NOT NULL,  -- all | coordinators | role:<key> | place:<key>
    with_groups         INTEGER NOT NULL DEFAULT 0,
    parts               TEXT    NOT NULL,  -- JSON array of HTML texts, sent in order
    media_kind          TEXT CHECK (media_kind IN ('photo', 'document')),
    media_file_id       TEXT,              -- sent with the first part as its caption
    status              TEXT    NOT NULL CHECK (status IN ('draft', 'sending', 'stopped', 'done')),
    progress_chat_id    INTEGER,
    progress_message_id INTEGER,
    created_at          TEXT    NOT NULL,
    finished_at         TEXT
);
CREATE INDEX announcements_by_status ON announcements(status);

CREATE TABLE announcement_deliveries (
    announcement_id INTEGER NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    chat_id         INTEGER NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN
                    ('pending', 'sending', 'sent', 'unreachable', 'failed', 'stopped')),
    message_id      INTEGER,
    attempts        INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (announcement_id, chat_id)
);
CREATE INDEX announcement_deliveries_by_status ON announcement_deliveries(announcement_id, status);
