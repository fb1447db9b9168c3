-- Ask the network (issue 23): a member's practical question to colleagues, who gets it, and
-- the answers. Text is kept RETENTION_NETWORK_QUESTION_DAYS after the question was asked;
-- deleting a question deletes its deliveries and answers.
CREATE TABLE network_questions (
    id             INTEGER PRIMARY KEY,
    coalition_id   INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    asker_id       INTEGER NOT NULL,
    text           TEXT    NOT NULL,
    audience       TEXT    NOT NULL,   -- rules/network_questions.Audience.code: all, d:…, m:…, e:…
    status         TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'solved', 'closed')),
    helped_by      INTEGER,            -- who the asker said helped (NULL: nobody named)
    on_agenda      INTEGER NOT NULL DEFAULT 0,  -- put on the next drop-in's agenda
    asked_at       TEXT    NOT NULL,
    closes_at      TEXT    NOT NULL,
    ended_at       TEXT
);
CREATE INDEX network_questions_by_asker ON network_questions(asker_id, asked_at);
CREATE INDEX network_questions_by_coalition ON network_questions(coalition_id, asked_at);
CREATE INDEX network_questions_open ON network_questions(status, closes_at);

-- One row per recipient. waiting: not sent yet (the weekly cap or the queue); sending: taken
-- by the sender; week: the ISO week it was sent in, which the cap counts.
CREATE TABLE network_question_deliveries (
    question_id  INTEGER NOT NULL REFERENCES network_questions(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'waiting'
                 CHECK (status IN ('waiting', 'sending', 'sent', 'failed', 'unreachable',
                                   'expired')),
    week         TEXT    NOT NULL DEFAULT '',
    message_id   INTEGER,
    PRIMARY KEY (question_id, user_id)
);
CREATE INDEX network_deliveries_waiting ON network_question_deliveries(status, question_id);
CREATE INDEX network_deliveries_by_week ON network_question_deliveries(user_id, week);

CREATE TABLE network_answers (
    id           INTEGER PRIMARY KEY,
    question_id  INTEGER NOT NULL REFERENCES network_questions(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('can_help', 'knows_someone', 'text')),
    text         TEXT    NOT NULL DEFAULT '',
    partner_id   INTEGER,             -- knows_someone: the colleague's listing
    answered_at  TEXT    NOT NULL
);
CREATE INDEX network_answers_by_question ON network_answers(question_id);
CREATE INDEX network_answers_by_user ON network_answers(user_id);

ALTER TABLE people ADD COLUMN network_questions_off INTEGER NOT NULL DEFAULT 0;
