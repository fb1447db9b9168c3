-- Each coalition speaks a language to its groups and to members who chose none (nl, en, fy).
-- people.language (0002) holds a person's own choice, now nl, en or fy.
ALTER TABLE coalitions ADD COLUMN language TEXT NOT NULL DEFAULT 'nl'
    CHECK (language IN ('nl', 'en', 'fy'));
