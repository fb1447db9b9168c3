-- Updates as they arrive from getUpdates, written before Telegram is told they arrived (the
-- next getUpdates confirms them): a bot killed after that still handles each of them once at
-- its next start, and an update Telegram sends again is recognised and not handled twice.
CREATE TABLE update_inbox (
    update_id   INTEGER PRIMARY KEY,
    body        TEXT    NOT NULL,  -- the update as Telegram sent it (JSON)
    received_at TEXT    NOT NULL,
    handled_at  TEXT
);
CREATE INDEX update_inbox_unhandled ON update_inbox(handled_at) WHERE handled_at IS NULL;
