"""Counts for /status, and the daily purge of what the bot no longer needs (periods in
rules/retention.py), in one transaction, returning what it removed as counts."""

from dataclasses import dataclass
from datetime import datetime

from rules.clock import to_iso
from rules.retention import Purged, Retention
from storage.connection import SharedConnection
from storage.partners.search import PartnerSearchRepository


@dataclass(frozen=True)
class Counts:
    coalitions: int
    members: int  # people, each counted once
    listings: int  # listed in a directory
    pending_deliveries: int  # announcements, reminders and introductions not sent yet


class OperationsRepository:
    def __init__(self, db: SharedConnection, search: PartnerSearchRepository) -> None:
        self._db = db
        self._search = search

    async def counts(self) -> Counts:
        rows = await self._db.connection.execute_fetchall(
            "SELECT (SELECT COUNT(*) FROM coalitions),"
            " (SELECT COUNT(DISTINCT user_id) FROM members),"
            " (SELECT COUNT(*) FROM partners WHERE status = 'listed'),"
            " (SELECT COUNT(*) FROM announcement_deliveries WHERE status IN ('pending', 'sending'))"
            " + (SELECT COUNT(*) FROM reminder_deliveries WHERE status IN ('pending', 'sending'))"
            " + (SELECT COUNT(*) FROM introduction_members WHERE status IN ('pending', 'sending')"
            "    OR check_back IN ('pending', 'sending'))"
        )
        row = next(iter(rows))
        return Counts(int(row[0]), int(row[1]), int(row[2]), int(row[3]))

    async def purge(self, now: datetime, retention: Retention) -> Purged:
        """Remove what has passed its period. Announcements keep their counts: the delivery
        rows are summed into the announcement before they go."""

        def before(days: int) -> str:
            return to_iso(retention.cutoff(now, days))

        stale = "status = 'pending' AND source = 'self' AND created_at < ?"
        async with self._db.transaction() as conn:
            await conn.execute(
                f"DELETE FROM partner_fts WHERE rowid IN (SELECT id FROM partners WHERE {stale})",
                (before(retention.pending_registrations),),
            )
            registrations = await conn.execute(
                f"DELETE FROM partners WHERE {stale}", (before(retention.pending_registrations),)
            )
            invites = await conn.execute(
                "DELETE FROM invites WHERE expires_at < ?", (before(retention.expired_invites),)
            )
            old = (
                "SELECT id FROM announcements WHERE status IN ('done', 'stopped')"
                " AND finished_at < ? AND delivery_counts IS NULL"
            )
            cutoff = before(retention.deliveries)
            await conn.execute(
                "UPDATE announcements SET delivery_counts = (SELECT json_group_object(status, n)"
                " FROM (SELECT status, COUNT(*) AS n FROM announcement_deliveries d"
                "  WHERE d.announcement_id = announcements.id GROUP BY status))"
                f" WHERE id IN ({old})",
                (cutoff,),
            )
            deliveries = await conn.execute(
                "DELETE FROM announcement_deliveries WHERE announcement_id IN (SELECT id FROM"
                " announcements WHERE delivery_counts IS NOT NULL AND finished_at < ?)",
                (cutoff,),
            )
            rsvps = await conn.execute(
                "DELETE FROM dropin_rsvps WHERE occurrence < ?",
                (retention.cutoff(now, retention.rsvps).date().isoformat(),),
            )
            audit = await conn.execute(
                "DELETE FROM audit_log WHERE at < ?", (before(retention.audit),)
            )
            # Deliveries and answers go with their question (ON DELETE CASCADE).
            network = await conn.execute(
                "DELETE FROM network_questions WHERE asked_at < ?",
                (before(retention.network_questions),),
            )
            comments = 0
            periods = await conn.execute_fetchall(
                "SELECT id, comment_retention_days FROM coalitions"
            )
            for coalition_id, days in periods:
                cursor = await conn.execute(
                    "UPDATE feedback_responses SET comment = NULL WHERE comment IS NOT NULL"
                    " AND session_id IN (SELECT id FROM feedback_sessions"
                    "  WHERE coalition_id = ? AND closes_at < ?)",
                    (coalition_id, before(int(days))),
                )
                comments += cursor.rowcount
        if registrations.rowcount:
            self._search.forget_caches()
        return Purged(
            registrations.rowcount,
            invites.rowcount,
            deliveries.rowcount,
            rsvps.rowcount,
            comments,
            audit.rowcount,
            network.rowcount,
        )
