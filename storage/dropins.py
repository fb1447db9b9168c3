"""The weekly drop-in per coalition: schedule, one-off changes, personal reminders, RSVPs and
questions. Rules (when, what is valid) live in rules/dropin.py."""

from dataclasses import dataclass
from datetime import date, datetime, time

from rules.clock import to_iso
from rules.dropin import Change, Schedule
from storage.audit import record
from storage.connection import SharedConnection

_SCHEDULE_COLUMNS = (
    "coalition_id, weekday, start_time, duration_minutes, timezone, title, link,"
    " reminder_minutes, active"
)


@dataclass(frozen=True)
class Question:
    id: int
    coalition_id: int
    occurrence: date
    user_id: int
    text: str


def _schedule(row: tuple[object, ...]) -> Schedule:
    return Schedule(
        weekday=int(str(row[1])),
        start=time.fromisoformat(str(row[2])),
        duration_minutes=int(str(row[3])),
        timezone=str(row[4]),
        title=str(row[5]),
        link=str(row[6]),
        reminder_minutes=tuple(int(m) for m in str(row[7]).split(",")),
        active=bool(row[8]),
    )


def _change(row: tuple[object, ...]) -> Change:
    moved = row[3]
    return Change(
        key=date.fromisoformat(str(row[0])),
        skipped=bool(row[1]),
        reason=str(row[2]) if row[2] is not None else None,
        moved_to=datetime.fromisoformat(str(moved)) if moved is not None else None,
    )


class DropinRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    # ---- schedule -------------------------------------------------------------------------

    async def get(self, coalition_id: int) -> Schedule | None:
        async with self._db.connection.execute(
            f"SELECT {_SCHEDULE_COLUMNS} FROM dropins WHERE coalition_id = ?", (coalition_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _schedule(tuple(row)) if row else None

    async def all_active(self) -> dict[int, Schedule]:
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {_SCHEDULE_COLUMNS} FROM dropins WHERE active = 1 ORDER BY coalition_id"
        )
        return {int(row[0]): _schedule(tuple(row)) for row in rows}

    async def save(self, coalition_id: int, schedule: Schedule, *, by: int | None = None) -> None:
        """Create or replace the schedule; one-off changes for its dates stay. `by`: who, for
        the audit trail (None: the command line)."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            await conn.execute(
                f"INSERT INTO dropins ({_SCHEDULE_COLUMNS}, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (coalition_id) DO UPDATE SET weekday = excluded.weekday,"
                " start_time = excluded.start_time, duration_minutes = excluded.duration_minutes,"
                " timezone = excluded.timezone, title = excluded.title, link = excluded.link,"
                " reminder_minutes = excluded.reminder_minutes, active = excluded.active,"
                " updated_at = excluded.updated_at",
                (
                    coalition_id,
                    schedule.weekday,
                    schedule.start.strftime("%H:%M"),
                    schedule.duration_minutes,
                    schedule.timezone,
                    schedule.title,
                    schedule.link,
                    ",".join(str(m) for m in schedule.reminder_minutes),
                    int(schedule.active),
                    now,
                ),
            )
            await record(
                conn,
                coalition_id,
                by,
                "schedule",
                now,
                subject=schedule.title,
                detail="" if schedule.active else "paused",
            )

    # ---- one-off changes ------------------------------------------------------------------

    async def changes(self, coalition_id: int, since: date) -> dict[date, Change]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT occurrence, skipped, reason, moved_to FROM dropin_changes"
            " WHERE coalition_id = ? AND occurrence >= ?",
            (coalition_id, since.isoformat()),
        )
        return {change.key: change for change in map(_change, map(tuple, rows))}

    async def all_changes(self, since: date) -> dict[int, dict[date, Change]]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT occurrence, skipped, reason, moved_to, coalition_id FROM dropin_changes"
            " WHERE occurrence >= ?",
            (since.isoformat(),),
        )
        found: dict[int, dict[date, Change]] = {}
        for row in rows:
            change = _change(tuple(row))
            found.setdefault(int(row[4]), {})[change.key] = change
        return found

    async def set_change(self, coalition_id: int, change: Change, changed_by: int | None) -> None:
        moved = change.moved_to.strftime("%Y-%m-%dT%H:%M") if change.moved_to else None
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT OR REPLACE INTO dropin_changes"
                " (coalition_id, occurrence, skipped, reason, moved_to, changed_by)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    coalition_id,
                    change.key.isoformat(),
                    int(change.skipped),
                    change.reason,
                    moved,
                    changed_by,
                ),
            )
            action = "dropin-skip" if change.skipped else "dropin-move"
            await record(
                conn,
                coalition_id,
                changed_by,
                action,
                to_iso(self._db.clock.now()),
                subject=change.key.isoformat(),
                detail=moved or "",
            )

    async def remove_change(self, coalition_id: int, key: date, *, by: int | None = None) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM dropin_changes WHERE coalition_id = ? AND occurrence = ?",
                (coalition_id, key.isoformat()),
            )
            if cursor.rowcount:
                await record(
                    conn,
                    coalition_id,
                    by,
                    "dropin-undo",
                    to_iso(self._db.clock.now()),
                    subject=key.isoformat(),
                )
            return cursor.rowcount > 0

    # ---- personal reminders ---------------------------------------------------------------

    async def is_subscribed(self, coalition_id: int, user_id: int) -> bool:
        rows = await self._db.connection.execute_fetchall(
            "SELECT 1 FROM dropin_subscribers WHERE coalition_id = ? AND user_id = ?",
            (coalition_id, user_id),
        )
        return bool(rows)

    async def set_subscribed(self, coalition_id: int, user_id: int, on: bool) -> None:
        async with self._db.transaction() as conn:
            if on:
                await conn.execute(
                    "INSERT OR IGNORE INTO dropin_subscribers (coalition_id, user_id, since)"
                    " VALUES (?, ?, ?)",
                    (coalition_id, user_id, to_iso(self._db.clock.now())),
                )
            else:
                await conn.execute(
                    "DELETE FROM dropin_subscribers WHERE coalition_id = ? AND user_id = ?",
                    (coalition_id, user_id),
                )

    async def subscribers(self, coalition_id: int) -> list[int]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT user_id FROM dropin_subscribers WHERE coalition_id = ? ORDER BY user_id",
            (coalition_id,),
        )
        return [int(row[0]) for row in rows]

    # ---- RSVPs ----------------------------------------------------------------------------

    async def toggle_rsvp(self, coalition_id: int, occurrence: date, user_id: int) -> bool:
        """Join or leave; True when the person now takes part."""
        key = (coalition_id, occurrence.isoformat(), user_id)
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM dropin_rsvps WHERE coalition_id = ? AND occurrence = ?"
                " AND user_id = ?",
                key,
            )
            if cursor.rowcount:
                return False
            await conn.execute(
                "INSERT INTO dropin_rsvps (coalition_id, occurrence, user_id, at)"
                " VALUES (?, ?, ?, ?)",
                (*key, to_iso(self._db.clock.now())),
            )
            return True

    async def rsvp_counts(self, coalition_id: int, since: date) -> list[tuple[date, int]]:
        """ "Ik doe mee" per drop-in date from `since` on, oldest first (the dashboard)."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT occurrence, COUNT(*) FROM dropin_rsvps WHERE coalition_id = ?"
            " AND occurrence >= ? GROUP BY occurrence ORDER BY occurrence",
            (coalition_id, since.isoformat()),
        )
        return [(date.fromisoformat(str(r[0])), int(r[1])) for r in rows]

    async def rsvps(self, coalition_id: int, occurrence: date) -> list[int]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT user_id FROM dropin_rsvps WHERE coalition_id = ? AND occurrence = ?"
            " ORDER BY at",
            (coalition_id, occurrence.isoformat()),
        )
        return [int(row[0]) for row in rows]

    # ---- questions ------------------------------------------------------------------------

    async def add_question(
        self, coalition_id: int, occurrence: date, user_id: int, text: str
    ) -> int:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO dropin_questions (coalition_id, occurrence, user_id, text, asked_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (coalition_id, occurrence.isoformat(), user_id, text, to_iso(self._db.clock.now())),
            )
            return int(cursor.lastrowid or 0)

    async def questions(self, coalition_id: int, occurrence: date) -> list[Question]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT id, coalition_id, occurrence, user_id, text FROM dropin_questions"
            " WHERE coalition_id = ? AND occurrence = ? ORDER BY id",
            (coalition_id, occurrence.isoformat()),
        )
        return [
            Question(int(r[0]), int(r[1]), date.fromisoformat(r[2]), int(r[3]), str(r[4]))
            for r in rows
        ]

    async def remove_question(self, coalition_id: int, question_id: int) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM dropin_questions WHERE id = ? AND coalition_id = ?",
                (question_id, coalition_id),
            )
            return cursor.rowcount > 0
