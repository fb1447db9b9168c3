-- The coalition's action agenda (issue 35): workgroups with their members, actions with
-- their owners, and the dated updates of an action (a status, and a sentence if given).
CREATE TABLE workgroups (
    id            INTEGER PRIMARY KEY,
    coalition_id  INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    goal          TEXT    NOT NULL DEFAULT '',
    lead_id       INTEGER,               -- NULL: nobody leads it (or they were forgotten)
    created_at    TEXT    NOT NULL
);
CREATE UNIQUE INDEX workgroups_by_name ON workgroups(coalition_id, name COLLATE NOCASE);

CREATE TABLE workgroup_members (
    workgroup_id  INTEGER NOT NULL REFERENCES workgroups(id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL,
    joined_at     TEXT    NOT NULL,
    PRIMARY KEY (workgroup_id, user_id)
);
CREATE INDEX workgroup_members_by_user ON workgroup_members(user_id);

CREATE TABLE actions (
    id            INTEGER PRIMARY KEY,
    coalition_id  INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    workgroup_id  INTEGER REFERENCES workgroups(id) ON DELETE SET NULL,
    title         TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'idea'
                  CHECK (status IN ('idea', 'in_progress', 'stuck', 'done', 'stopped')),
    due_on        TEXT,                  -- a date (YYYY-MM-DD), or NULL
    proposed_by   INTEGER,               -- NULL once they were forgotten
    created_at    TEXT    NOT NULL,
    changed_at    TEXT    NOT NULL,      -- when the status was last set
    news          TEXT    NOT NULL DEFAULT ''  -- the newest update's sentence, '' for none
);
CREATE INDEX actions_by_coalition ON actions(coalition_id, status);

CREATE TABLE action_owners (
    action_id     INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL,
    PRIMARY KEY (action_id, user_id)
);
CREATE INDEX action_owners_by_user ON action_owners(user_id);

CREATE TABLE action_updates (
    id            INTEGER PRIMARY KEY,
    action_id     INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    user_id       INTEGER,               -- NULL once they were forgotten (their text too)
    status        TEXT    NOT NULL,
    text          TEXT    NOT NULL DEFAULT '',
    at            TEXT    NOT NULL
);
CREATE INDEX action_updates_by_action ON action_updates(action_id, at);

-- How often the owners of open actions are asked how it goes: each month (from the 1st), or
-- in the week before a chosen meeting date. No row: monthly.
CREATE TABLE action_settings (
    coalition_id  INTEGER PRIMARY KEY REFERENCES coalitions(id) ON DELETE CASCADE,
    rhythm        TEXT    NOT NULL DEFAULT 'monthly' CHECK (rhythm IN ('monthly', 'meeting')),
    meeting_on    TEXT                   -- the meeting's date, for 'meeting'
);

-- One row per owner, action and round: the status round's outbox. waiting: to ask; sending:
-- taken by the sender; sent: asked (reminded_at once reminded); the rest: not asked.
CREATE TABLE action_asks (
    action_id     INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL,
    round         TEXT    NOT NULL,      -- rules/actions.due_round: 2026-12, m-2027-03-15
    status        TEXT    NOT NULL DEFAULT 'waiting'
                  CHECK (status IN ('waiting', 'sending', 'sent', 'failed', 'unreachable',
                                    'skipped')),
    asked_at      TEXT,
    reminded_at   TEXT,
    PRIMARY KEY (action_id, user_id, round)
);
CREATE INDEX action_asks_waiting ON action_asks(status, round);

ALTER TABLE actions ADD COLUMN overdue_told INTEGER NOT NULL DEFAULT 0;

-- Learning from each other: an action done may be shared as a practice example once every
-- owner agreed (one row per owner who did); shared examples are found with /voorbeelden and
-- shown to someone who asks the network about the same method or topic.
ALTER TABLE actions ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
CREATE TABLE action_share_consents (
    action_id     INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL,
    PRIMARY KEY (action_id, user_id)
);
