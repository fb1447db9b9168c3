-- Feedback after meetings: a session per drop-in occurrence or one-off event, and anonymous
-- responses. A response holds no Telegram user id: `respondent` is an HMAC of user and
-- session with a secret the database does not hold when FEEDBACK_SECRET is set.
CREATE TABLE feedback_sessions (
    id           INTEGER PRIMARY KEY,
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('dropin', 'event')),
    occurrence   TEXT,              -- the drop-in's regular date; NULL for an event
    title        TEXT    NOT NULL,
    held_on      TEXT    NOT NULL,  -- local date of the meeting
    code         TEXT    NOT NULL UNIQUE,  -- for the deep link https://t.me/<bot>?start=fb_<code>
    question     TEXT    NOT NULL,
    opens_at     TEXT    NOT NULL,
    closes_at    TEXT    NOT NULL,
    invited      INTEGER,           -- how many said they would come, when known
    created_by   INTEGER,
    created_at   TEXT    NOT NULL,
    UNIQUE (coalition_id, occurrence)
);
CREATE INDEX feedback_sessions_by_coalition ON feedback_sessions(coalition_id, held_on);

CREATE TABLE feedback_responses (
    session_id  INTEGER NOT NULL REFERENCES feedback_sessions(id) ON DELETE CASCADE,
    respondent  TEXT    NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment     TEXT,
    answered_at TEXT    NOT NULL,
    PRIMARY KEY (session_id, respondent)
);
