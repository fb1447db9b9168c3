-- An introduction in which someone could not be reached (blocked the bot, chat gone, left the
-- coalition) is settled once all its messages were tried: the others who got it are told
-- (the `notice` message, one per person), and when one is left alone it is void: it counts for
-- nobody's turn, gets no check-back and is left out of the report; that person is introduced
-- again in the same round when someone is free, else goes first in the next.
ALTER TABLE introductions ADD COLUMN void INTEGER NOT NULL DEFAULT 0;
ALTER TABLE introductions ADD COLUMN settled_at TEXT;
ALTER TABLE introduction_members ADD COLUMN notice TEXT CHECK (notice IN
    ('pending', 'sending', 'sent', 'unreachable', 'failed', 'cancelled'));
CREATE INDEX introduction_members_by_notice ON introduction_members(notice);
