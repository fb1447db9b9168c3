-- Experience on a listing (issue 23): the methods and instruments someone works with and free
-- topics, as rules/experience_vocabulary.canonical writes them ("SamenStarten; schulden").
-- The full-text index gains a column for it (every name of each method, and the topics);
-- FTS5 cannot add a column, so the index is made again, and emptying search_index_state
-- makes the bot rebuild its rows at the next start (storage/partner_search.refresh_index).
ALTER TABLE partners ADD COLUMN experience TEXT NOT NULL DEFAULT '';
DROP TABLE partner_fts;
CREATE VIRTUAL TABLE partner_fts USING fts5(
    coalition, role, municipality, name, organisation, neighbourhood, keywords, experience,
    tokenize = 'unicode61 remove_diacritics 2'
);
DELETE FROM search_index_state;
