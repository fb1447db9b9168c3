-- Coalitions, their members with a role, and invite codes to join them.
CREATE TABLE coalitions (
    id             INTEGER PRIMARY KEY,
    slug           TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    municipalities TEXT    NOT NULL DEFAULT '[]',  -- JSON array of names
    timezone       TEXT    NOT NULL,
    created_at     TEXT    NOT NULL
);

CREATE TABLE members (
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    role         TEXT    NOT NULL CHECK (role IN ('member', 'coordinator')),
    joined_at    TEXT    NOT NULL,
    PRIMARY KEY (coalition_id, user_id)
);

CREATE TABLE invites (
    code         TEXT    PRIMARY KEY,
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    role         TEXT    NOT NULL CHECK (role IN ('member', 'coordinator')),
    max_uses     INTEGER NOT NULL CHECK (max_uses > 0),
    uses         INTEGER NOT NULL DEFAULT 0,
    expires_at   TEXT    NOT NULL,
    created_by   INTEGER,  -- NULL when made on the command line
    created_at   TEXT    NOT NULL
);
