-- What the bot knows of a person outside any coalition, and bot-wide settings.
CREATE TABLE people (
    user_id       INTEGER PRIMARY KEY,
    first_name    TEXT    NOT NULL DEFAULT '',
    language_code TEXT,            -- Telegram's language of the user, as last seen
    language      TEXT,            -- the user's own choice (nl/en); NULL: follow Telegram
    first_seen_at TEXT    NOT NULL,
    last_seen_at  TEXT    NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE INDEX members_by_user ON members(user_id);
CREATE INDEX invites_by_coalition ON invites(coalition_id);
