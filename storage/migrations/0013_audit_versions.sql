-- Every change a coordinator makes (in chat, in the dashboard, on the command line) is kept
-- with who, what and when, for the coalition's own accounting; the daily purge removes rows
-- older than RETENTION_AUDIT_DAYS. A listing has a version, raised by every change of its
-- contents or status: an edit made to an older version is refused, never written over.
ALTER TABLE partners ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id) ON DELETE CASCADE,
    actor_id INTEGER,            -- NULL: the command line, or a person who asked to be forgotten
    action TEXT NOT NULL,        -- approve, reject, edit, hide, show, checked, import, ...
    subject TEXT NOT NULL DEFAULT '',  -- what it was about, as it was called then
    detail TEXT NOT NULL DEFAULT '',   -- e.g. the fields changed, an import's counts
    partner_id INTEGER,          -- the listing it was about (no key: the row may be gone)
    at TEXT NOT NULL
);
CREATE INDEX audit_log_by_coalition ON audit_log(coalition_id, at);
CREATE INDEX audit_log_by_actor ON audit_log(actor_id);
