-- Which folding and municipality list the search index was built with: when either changes,
-- the bot rebuilds the index at start (storage/partner_search.py refresh_index).
CREATE TABLE search_index_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    fold_version    INTEGER NOT NULL,
    municipalities  TEXT    NOT NULL,
    rebuilt_at      TEXT    NOT NULL
);
