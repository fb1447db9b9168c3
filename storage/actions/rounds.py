"""The status round's outbox (handlers/actions/rounds.py): who is asked about which action in
which round, the reminder, the overdue note; and each coalition's rhythm."""

from datetime import date, datetime

from rules.actions import OPEN_STATUSES, REMIND_AFTER, Rhythm
from rules.clock import to_iso
from storage.audit import record
from storage.connection import SharedConnection

AskKey = tuple[int, int, str]  # action, owner, round
_OPEN = ", ".join(f"'{s.value}'" for s in OPEN_STATUSES)


class ActionRoundRepository:
    """The status round's outbox: who is asked about which action in which round."""

    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def rhythm(self, coalition_id: int) -> Rhythm:
        rows = await self._db.connection.execute_fetchall(
            "SELECT rhythm, meeting_on FROM action_settings WHERE coalition_id = ?",
            (coalition_id,),
        )
        for kind, meeting in rows:
            return Rhythm(str(kind), date.fromisoformat(str(meeting)) if meeting else None)
        return Rhythm()

    async def set_rhythm(self, coalition_id: int, rhythm: Rhythm, actor: int) -> None:
        now = to_iso(self._db.clock.now())
        meeting = rhythm.meeting_on.isoformat() if rhythm.meeting_on else None
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO action_settings (coalition_id, rhythm, meeting_on) VALUES (?, ?, ?)"
                " ON CONFLICT (coalition_id) DO UPDATE SET rhythm = excluded.rhythm,"
                " meeting_on = excluded.meeting_on",
                (coalition_id, rhythm.kind, meeting),
            )
            await record(
                conn, coalition_id, actor, "action-rhythm", now, detail=meeting or rhythm.kind
            )

    async def plan(self, coalition_id: int, round_key: str, opens: datetime) -> int:
        """An ask for every owner of every open action who is still in the coalition, once
        per round: for actions that existed when the round opened, and that the owner has
        not given news on since. How many are new."""
        opened = to_iso(opens)
        return await self._db.write(
            "INSERT OR IGNORE INTO action_asks (action_id, user_id, round)"
            " SELECT o.action_id, o.user_id, ? FROM action_owners o"
            " JOIN actions a ON a.id = o.action_id"
            " JOIN members m ON m.coalition_id = a.coalition_id AND m.user_id = o.user_id"
            f" WHERE a.coalition_id = ? AND a.status IN ({_OPEN}) AND a.created_at < ?"
            " AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = a.id"
            "  AND u.user_id = o.user_id AND u.at >= ?)",
            (round_key, coalition_id, opened, opened),
        )

    async def resume_in_flight(self) -> int:
        """Asks taken but not marked at the last stop go again (a missed one is worse)."""
        return await self._db.write(
            "UPDATE action_asks SET status = 'waiting' WHERE status = 'sending'"
        )

    async def take(self, limit: int) -> list[AskKey]:
        async with self._db.transaction() as conn:
            rows = await conn.execute_fetchall(
                "SELECT action_id, user_id, round FROM action_asks WHERE status = 'waiting'"
                " ORDER BY round, action_id, user_id LIMIT ?",
                (limit,),
            )
            taken = [(int(r[0]), int(r[1]), str(r[2])) for r in rows]
            await conn.executemany(
                "UPDATE action_asks SET status = 'sending'"
                " WHERE action_id = ? AND user_id = ? AND round = ?",
                taken,
            )
        return taken

    async def mark(self, key: AskKey, status: str) -> None:
        asked = to_iso(self._db.clock.now()) if status == "sent" else None
        await self._db.write(
            "UPDATE action_asks SET status = ?, asked_at = COALESCE(?, asked_at)"
            " WHERE action_id = ? AND user_id = ? AND round = ?",
            (status, asked, *key),
        )

    async def due_reminders(self, round_keys: set[str]) -> list[AskKey]:
        """Asked a week ago or more in a round that still runs, not reminded, the action still
        open, and nothing from the owner on it since the question."""
        if not round_keys:
            return []
        before = to_iso(self._db.clock.now() - REMIND_AFTER)
        marks = ",".join("?" * len(round_keys))
        rows = await self._db.connection.execute_fetchall(
            "SELECT k.action_id, k.user_id, k.round FROM action_asks k"
            " JOIN actions a ON a.id = k.action_id"
            f" WHERE k.status = 'sent' AND k.reminded_at IS NULL AND k.asked_at <= ?"
            f" AND k.round IN ({marks}) AND a.status IN ({_OPEN})"
            " AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = k.action_id"
            "  AND u.user_id = k.user_id AND u.at >= k.asked_at)"
            " ORDER BY k.action_id, k.user_id",
            (before, *sorted(round_keys)),
        )
        return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]

    async def mark_reminded(self, key: AskKey) -> None:
        await self._db.write(
            "UPDATE action_asks SET reminded_at = ?"
            " WHERE action_id = ? AND user_id = ? AND round = ?",
            (to_iso(self._db.clock.now()), *key),
        )

    async def overdue_told(self, action_id: int) -> None:
        await self._db.write("UPDATE actions SET overdue_told = 1 WHERE id = ?", (action_id,))
