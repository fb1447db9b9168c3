"""The introductions' outbox, like the announcements': a row per person for the introduction
message and, a week later, one for the check-back; each taken before it is sent and marked
after, so a restart neither loses nor repeats one (only a message in flight at a crash is
sent again). Also the answers, and the counts the report shows."""

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from rules.clock import from_iso, to_iso
from rules.introductions import Outcome
from storage.connection import SharedConnection

Kind = Literal["introduction", "check_back", "notice"]
Status = Literal["pending", "sending", "sent", "unreachable", "failed", "cancelled"]
Answer = Literal["planned", "not_now"]
Met = Literal["yes", "no", "not_yet"]
# A participant's latest introduction that counts (not cancelled, not void): their turn.
RECOMPUTE_LAST_INTRODUCED = (
    "UPDATE introduction_participants SET last_introduced_at ="
    " (SELECT MAX(r.due_at) FROM introduction_members m"
    "  JOIN introductions i ON i.id = m.introduction_id"
    "  JOIN introduction_rounds r ON r.id = i.round_id"
    "  WHERE m.user_id = introduction_participants.user_id"
    "  AND r.coalition_id = introduction_participants.coalition_id"
    "  AND m.status != 'cancelled' AND i.void = 0)"
)
_COLUMN: dict[Kind, str] = {
    "introduction": "status",
    "check_back": "check_back",
    "notice": "notice",
}


@dataclass(frozen=True)
class Delivery:
    introduction_id: int
    user_id: int
    kind: Kind


@dataclass(frozen=True)
class Introduction:
    id: int
    coalition_id: int
    round_at: datetime
    members: tuple[int, ...]
    cross_domain: bool
    lost: tuple[int, ...] = ()  # could not be reached for it (blocked, gone, left)

    def others(self, user_id: int) -> tuple[int, ...]:
        """Whom `user_id` meets in it: everyone else who was not lost."""
        return tuple(u for u in self.members if u != user_id and u not in self.lost)


@dataclass(frozen=True)
class Unsettled:
    """An introduction that lost someone, every message of it tried: to be settled."""

    id: int
    coalition_id: int
    round_id: int
    round_at: datetime
    statuses: dict[int, str]  # user -> status of their introduction message


@dataclass(frozen=True)
class PastIntroduction:
    """For /mijngegevens: one of a person's introductions."""

    coalition: str
    round_at: datetime
    others: tuple[int, ...]
    met: Met | None


class IntroductionOutbox:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def pending(self, limit: int) -> list[Delivery]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT introduction_id, user_id, 'introduction' FROM introduction_members"
            " WHERE status = 'pending' UNION ALL"
            " SELECT introduction_id, user_id, 'check_back' FROM introduction_members"
            " WHERE check_back = 'pending' UNION ALL"
            " SELECT introduction_id, user_id, 'notice' FROM introduction_members"
            " WHERE notice = 'pending' ORDER BY 1, 2 LIMIT ?",
            (limit,),
        )
        return [Delivery(int(r[0]), int(r[1]), r[2]) for r in rows]

    async def resume_in_flight(self) -> int:
        """After a crash: rows taken but never marked go back to pending (sent again)."""
        again = 0
        async with self._db.transaction() as conn:
            for column in _COLUMN.values():
                cursor = await conn.execute(
                    f"UPDATE introduction_members SET {column} = 'pending'"
                    f" WHERE {column} = 'sending'"
                )
                again += cursor.rowcount
        return again

    async def take(self, delivery: Delivery) -> bool:
        """pending → sending; False when it was taken or cancelled meanwhile."""
        return await self._move(delivery, "sending", "pending")

    async def mark(self, delivery: Delivery, status: Status, message_id: int | None = None) -> None:
        await self._move(delivery, status, None, message_id)

    async def _move(
        self,
        delivery: Delivery,
        status: Status,
        from_status: Status | None,
        message_id: int | None = None,
    ) -> bool:
        column = _COLUMN[delivery.kind]
        condition = f" AND {column} = ?" if from_status else ""
        counts_try = int(status == "pending" and delivery.kind == "introduction")
        args: list[object] = [
            status,
            message_id,
            counts_try,
            to_iso(self._db.clock.now()),
            delivery.introduction_id,
            delivery.user_id,
        ]
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                f"UPDATE introduction_members SET {column} = ?,"
                " message_id = COALESCE(?, message_id), attempts = attempts + ?,"
                " updated_at = ? WHERE introduction_id = ? AND user_id = ?" + condition,
                args + ([from_status] if from_status else []),
            )
            return cursor.rowcount > 0

    async def attempts(self, delivery: Delivery) -> int:
        rows = await self._db.connection.execute_fetchall(
            "SELECT attempts FROM introduction_members WHERE introduction_id = ? AND user_id = ?",
            (delivery.introduction_id, delivery.user_id),
        )
        return int(next(iter(rows))[0]) if rows else 0

    async def cancel(self, introduction_id: int) -> int:
        """Someone in it left or cannot be reached: what was not sent is not sent, and for
        the others it does not count as their turn."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE introduction_members SET status = 'cancelled', updated_at = ?"
                " WHERE introduction_id = ? AND status = 'pending'",
                (to_iso(self._db.clock.now()), introduction_id),
            )
            await conn.execute(
                RECOMPUTE_LAST_INTRODUCED
                + " WHERE user_id IN (SELECT user_id FROM introduction_members"
                "  WHERE introduction_id = ?)",
                (introduction_id,),
            )
            return cursor.rowcount

    async def get(self, introduction_id: int) -> Introduction | None:
        rows = await self._db.connection.execute_fetchall(
            "SELECT i.id, r.coalition_id, r.due_at, i.cross_domain, m.user_id, m.status"
            " FROM introductions i JOIN introduction_rounds r ON r.id = i.round_id"
            " JOIN introduction_members m ON m.introduction_id = i.id"
            " WHERE i.id = ? ORDER BY m.user_id",
            (introduction_id,),
        )
        if not rows:
            return None
        first = next(iter(rows))
        return Introduction(
            int(first[0]),
            int(first[1]),
            from_iso(first[2]),
            tuple(int(r[4]) for r in rows),
            bool(first[3]),
            tuple(int(r[4]) for r in rows if r[5] == "unreachable"),
        )

    async def unsettled(self) -> list[Unsettled]:
        """Introductions in which someone's message was refused or not sent (someone left or
        could not be reached), once none of its messages waits or is under way."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT i.id, r.coalition_id, r.id, r.due_at, m.user_id, m.status"
            " FROM introductions i JOIN introduction_rounds r ON r.id = i.round_id"
            " JOIN introduction_members m ON m.introduction_id = i.id"
            " WHERE i.settled_at IS NULL AND i.void = 0 AND i.id IN"
            " (SELECT introduction_id FROM introduction_members"
            "  WHERE status IN ('unreachable', 'cancelled'))"
            " AND NOT EXISTS (SELECT 1 FROM introduction_members w WHERE w.introduction_id = i.id"
            "  AND w.status IN ('pending', 'sending'))"
            " ORDER BY i.id, m.user_id"
        )
        found: dict[int, Unsettled] = {}
        for r in rows:
            entry = found.setdefault(
                int(r[0]), Unsettled(int(r[0]), int(r[1]), int(r[2]), from_iso(r[3]), {})
            )
            entry.statuses[int(r[4])] = str(r[5])
        return list(found.values())

    # ---- answers --------------------------------------------------------------------------

    async def answer(self, introduction_id: int, user_id: int, answer: Answer) -> bool:
        """True when this is a new answer (not the same one tapped again)."""
        return await self._set("answer", introduction_id, user_id, answer)

    async def met(self, introduction_id: int, user_id: int, met: Met) -> bool:
        return await self._set("met", introduction_id, user_id, met)

    async def _set(self, column: str, introduction_id: int, user_id: int, value: str) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                f"UPDATE introduction_members SET {column} = ?, updated_at = ?"
                f" WHERE introduction_id = ? AND user_id = ? AND {column} IS NOT ?",
                (value, to_iso(self._db.clock.now()), introduction_id, user_id, value),
            )
            return cursor.rowcount > 0

    async def queue_check_backs(self, due_before: datetime, not_before: datetime) -> int:
        """For rounds due in [not_before, due_before) not yet checked back: a check-back for
        each person whose introduction was delivered. Once per round."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            rounds = [
                int(r[0])
                for r in await conn.execute_fetchall(
                    "SELECT id FROM introduction_rounds WHERE checked_back_at IS NULL"
                    " AND due_at < ? AND due_at >= ?",
                    (to_iso(due_before), to_iso(not_before)),
                )
            ]
            queued = 0
            for round_id in rounds:
                cursor = await conn.execute(
                    "UPDATE introduction_members SET check_back = 'pending', updated_at = ?"
                    " WHERE status = 'sent' AND introduction_id IN"
                    " (SELECT id FROM introductions WHERE round_id = ? AND void = 0)",
                    (now, round_id),
                )
                queued += cursor.rowcount
                await conn.execute(
                    "UPDATE introduction_rounds SET checked_back_at = ? WHERE id = ?",
                    (now, round_id),
                )
        return queued

    # ---- what the report and /mijngegevens show -------------------------------------------

    async def outcomes(self, coalition_id: int, rounds: int) -> list[Outcome]:
        """The introductions of the coalition's last `rounds` rounds that reached someone."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT r.due_at, i.municipality, i.cross_domain,"
            " MAX(m.met = 'yes'), MAX(m.met IS NOT NULL)"
            " FROM introductions i JOIN introduction_members m ON m.introduction_id = i.id"
            " JOIN introduction_rounds r ON r.id = i.round_id"
            " WHERE r.id IN (SELECT id FROM introduction_rounds WHERE coalition_id = ?"
            "  ORDER BY due_at DESC LIMIT ?)"
            " AND i.void = 0 GROUP BY i.id HAVING MAX(m.status = 'sent') ORDER BY r.due_at, i.id",
            (coalition_id, rounds),
        )
        return [
            Outcome(from_iso(r[0]), str(r[1]), bool(r[2]), bool(r[3]), bool(r[4])) for r in rows
        ]

    async def history(self, user_id: int) -> list[PastIntroduction]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT c.name, r.due_at, me.met,"
            " (SELECT group_concat(o.user_id) FROM introduction_members o"
            "  WHERE o.introduction_id = me.introduction_id AND o.user_id != me.user_id"
            "  AND o.status != 'unreachable')"
            " FROM introduction_members me JOIN introductions i ON i.id = me.introduction_id"
            " JOIN introduction_rounds r ON r.id = i.round_id"
            " JOIN coalitions c ON c.id = r.coalition_id"
            " WHERE me.user_id = ? AND me.status = 'sent' AND i.void = 0 ORDER BY r.due_at",
            (user_id,),
        )
        return [PastIntroduction(str(r[0]), from_iso(r[1]), _ids(r[3]), r[2]) for r in rows]


def _ids(joined: str | None) -> tuple[int, ...]:
    return tuple(int(part) for part in (joined or "").split(",") if part)
