-- The weekly drop-in call: schedule, one-off changes, linked groups, personal reminders,
-- RSVPs, questions, and every reminder decided (sent or dropped), so none goes out twice.
CREATE TABLE dropins (
    coalition_id     INTEGER PRIMARY KEY REFERENCES coalitions(id) ON DELETE CASCADE,
    weekday          INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),  -- Monday is 0
    start_time       TEXT    NOT NULL,  -- HH:MM on the wall clock of `timezone`
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    timezone         TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    link             TEXT    NOT NULL,
    reminder_minutes TEXT    NOT NULL,  -- minutes before the start, e.g. '1440,15'
    active           INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT    NOT NULL
);

CREATE TABLE dropin_changes (
    coalition_id INTEGER NOT NULL REFERENCES dropins(coalition_id) ON DELETE CASCADE,
    occurrence   TEXT    NOT NULL,  -- the regular date, YYYY-MM-DD
    skipped      INTEGER NOT NULL,
    reason       TEXT,
    moved_to     TEXT,              -- local YYYY-MM-DDTHH:MM when moved
    changed_by   INTEGER,
    PRIMARY KEY (coalition_id, occurrence)
);

CREATE TABLE linked_groups (
    chat_id      INTEGER PRIMARY KEY,
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    title        TEXT    NOT NULL DEFAULT '',
    linked_by    INTEGER,
    linked_at    TEXT    NOT NULL
);
CREATE INDEX linked_groups_by_coalition ON linked_groups(coalition_id);

CREATE TABLE dropin_subscribers (
    coalition_id INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    since        TEXT    NOT NULL,
    PRIMARY KEY (coalition_id, user_id),
    FOREIGN KEY (coalition_id, user_id) REFERENCES members(coalition_id, user_id) ON DELETE CASCADE
);

CREATE TABLE dropin_rsvps (
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    occurrence   TEXT    NOT NULL,
    user_id      INTEGER NOT NULL,
    at           TEXT    NOT NULL,
    PRIMARY KEY (coalition_id, occurrence, user_id)
);

CREATE TABLE dropin_questions (
    id           INTEGER PRIMARY KEY,
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    occurrence   TEXT    NOT NULL,
    user_id      INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    asked_at     TEXT    NOT NULL
);
CREATE INDEX dropin_questions_by_occurrence ON dropin_questions(coalition_id, occurrence);

-- One row per reminder once decided; `reminder` names the occurrence, its start (a moved call
-- gets fresh reminders), the minutes before and the kind ('reminder' or 'notice').
CREATE TABLE reminders (
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    reminder     TEXT    NOT NULL,
    occurrence   TEXT    NOT NULL,
    starts_at    TEXT    NOT NULL,  -- UTC; deliveries not made by then are dropped
    status       TEXT    NOT NULL CHECK (status IN ('sending', 'dropped')),
    decided_at   TEXT    NOT NULL,
    PRIMARY KEY (coalition_id, reminder)
);
CREATE INDEX reminders_by_start ON reminders(starts_at);

CREATE TABLE reminder_deliveries (
    coalition_id INTEGER NOT NULL,
    reminder     TEXT    NOT NULL,
    chat_id      INTEGER NOT NULL,
    status       TEXT    NOT NULL
                 CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dropped')),
    message_id   INTEGER,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (coalition_id, reminder, chat_id),
    FOREIGN KEY (coalition_id, reminder) REFERENCES reminders(coalition_id, reminder)
        ON DELETE CASCADE
);
CREATE INDEX reminder_deliveries_open ON reminder_deliveries(status)
    WHERE status IN ('pending', 'sending');
