-- Introductions (een kopje koffie): a coalition's round schedule, who takes part, and each
-- round as planned: introductions (a pair or a trio) with one row per person, which is also
-- the outbox of the introduction message and of the check-back a week later.
CREATE TABLE introduction_schedules (
    coalition_id INTEGER PRIMARY KEY REFERENCES coalitions(id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    at           TEXT    NOT NULL,  -- HH:MM, the coalition's local time
    active       INTEGER NOT NULL DEFAULT 1,
    changed_by   INTEGER,
    changed_at   TEXT    NOT NULL
);

CREATE TABLE introduction_participants (
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    domain       TEXT    NOT NULL CHECK (domain IN ('medical', 'social', 'other')),
    municipality TEXT    NOT NULL DEFAULT '',  -- municipality key; '' when not known
    every_weeks  INTEGER NOT NULL CHECK (every_weeks IN (1, 2, 4)),
    paused_until TEXT,
    waited       INTEGER NOT NULL DEFAULT 0,  -- left over in the last round: goes first
    last_introduced_at TEXT,  -- the round of their latest introduction that was not cancelled
    joined_at    TEXT    NOT NULL,
    PRIMARY KEY (coalition_id, user_id)
);
CREATE INDEX introduction_participants_by_user ON introduction_participants(user_id);

CREATE TABLE introduction_rounds (
    id              INTEGER PRIMARY KEY,
    coalition_id    INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    due_at          TEXT    NOT NULL,
    planned_at      TEXT    NOT NULL,
    checked_back_at TEXT,  -- when the check-backs were queued
    UNIQUE (coalition_id, due_at)
);

CREATE TABLE introductions (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES introduction_rounds(id) ON DELETE CASCADE,
    cross_domain INTEGER NOT NULL,
    municipality TEXT    NOT NULL DEFAULT ''  -- shared by all in it, else ''
);
CREATE INDEX introductions_by_round ON introductions(round_id);

CREATE TABLE introduction_members (
    introduction_id INTEGER NOT NULL REFERENCES introductions(id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN
                    ('pending', 'sending', 'sent', 'unreachable', 'failed', 'cancelled')),
    message_id      INTEGER,
    attempts        INTEGER NOT NULL DEFAULT 0,
    answer          TEXT CHECK (answer IN ('planned', 'not_now')),
    check_back      TEXT CHECK (check_back IN
                    ('pending', 'sending', 'sent', 'unreachable', 'failed', 'cancelled')),
    met             TEXT CHECK (met IN ('yes', 'no', 'not_yet')),
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (introduction_id, user_id)
);
CREATE INDEX introduction_members_by_user ON introduction_members(user_id);
CREATE INDEX introduction_members_by_status ON introduction_members(status);
CREATE INDEX introduction_members_by_check_back ON introduction_members(check_back);

-- Who was introduced to whom, and when last: what the next rounds avoid repeating.
CREATE TABLE introduction_pairs (
    first_id  INTEGER NOT NULL,  -- the smaller user id
    second_id INTEGER NOT NULL,
    met_on    INTEGER NOT NULL,  -- the round's date as a day number (date.toordinal)
    PRIMARY KEY (first_id, second_id)
) WITHOUT ROWID;
CREATE INDEX introduction_pairs_by_second ON introduction_pairs(second_id);

-- One gentle feedback reminder: when it went out, so the report can compare the response
-- rate before and after; and when an answer first came (a changed rating moves answered_at).
ALTER TABLE feedback_sessions ADD COLUMN reminded_at TEXT;
ALTER TABLE feedback_responses ADD COLUMN first_answered_at TEXT;
UPDATE feedback_responses SET first_answered_at = answered_at;
