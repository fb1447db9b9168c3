-- Retention: an announcement keeps its delivery counts (JSON: status -> count) once its
-- delivery rows are purged; each coalition sets how long feedback comments are kept.
ALTER TABLE announcements ADD COLUMN delivery_counts TEXT;
ALTER TABLE coalitions ADD COLUMN comment_retention_days INTEGER NOT NULL DEFAULT 730;
